using System.Text.Json;

namespace Stats.EndToEnd.Tests.Issue9;

/// <summary>
/// `stats estimate --lists file.csv`: a published table reproduced through the command line, the seeded bootstrap, and
/// every refusal and bad option with its exit code and a message naming the problem.
/// </summary>
public sealed class EstimateFileTests : IDisposable
{
    private readonly TempDataFolder _data = new();

    [Fact]
    public async Task Issue_9_Cormacks_three_list_table_gives_the_published_independence_estimate_and_interval()
    {
        // Cormack, Chang and Smith (2000), Int. J. Epidemiol. 29, 1053–1059, Table 3b: independence N = 209, 95 % profile
        // likelihood interval 203–217 (lists: death records, NTOF, WCC; histories 111 72, 110 5, 101 29, 100 54, 011 24,
        // 010 3, 001 14). Rows in another order and a zero row left out, as the format allows.
        var file = Write("cormack.csv", "Deaths,NTOF,WCC,persons", "1,0,0,54", "0,1,0,3", "0,0,1,14", "1,1,0,5", "1,0,1,29", "0,1,1,24", "1,1,1,72");
        var run = await CliRun.RunAsync("estimate", "--lists", file, "--model", "independence", "--json");
        run.ExitCode.Should().Be(0, run.Error);
        using var json = JsonDocument.Parse(run.Output);
        json.RootElement.GetProperty("observed").GetInt64().Should().Be(201);
        Math.Round(json.RootElement.GetProperty("total").GetDouble()).Should().Be(209);
        Math.Round(json.RootElement.GetProperty("lower").GetDouble()).Should().Be(203);
        Math.Round(json.RootElement.GetProperty("upper").GetDouble()).Should().Be(217);
        Math.Round(json.RootElement.GetProperty("model").GetProperty("deviance").GetDouble(), 1).Should().Be(75.1);
    }

    [Fact]
    public async Task Issue_9_the_bootstrap_interval_is_reproduced_by_its_seed_and_moves_with_another_seed()
    {
        var file = Write("lists.csv", "A;B;C;n", "1;0;0;120", "0;1;0;95", "0;0;1;80", "1;1;0;30", "1;0;1;22", "0;1;1;18", "1;1;1;6");
        async Task<(double Lower, double Upper)> Run(string seed)
        {
            var run = await CliRun.RunAsync("estimate", "--lists", file, "--interval", "bootstrap", "--replicates", "199", "--seed", seed, "--json");
            run.ExitCode.Should().Be(0, run.Error);
            using var json = JsonDocument.Parse(run.Output);
            json.RootElement.GetProperty("interval").GetProperty("seed").GetInt32().Should().Be(int.Parse(seed, System.Globalization.CultureInfo.InvariantCulture));
            return (json.RootElement.GetProperty("lower").GetDouble(), json.RootElement.GetProperty("upper").GetDouble());
        }

        var first = await Run("7");
        (await Run("7")).Should().Be(first);
        (await Run("8")).Should().NotBe(first);
        first.Lower.Should().BeLessThan(first.Upper);
    }

    [Theory]
    [InlineData("too_few_lists", "at least 3", new[] { "A,B,count", "1,0,50", "0,1,40", "1,1,10" })]
    [InlineData("not_whole_number", "row 3: count '12.5'", new[] { "A,B,C,count", "1,0,0,50", "0,1,0,12.5", "1,1,0,10", "0,1,1,4", "1,0,1,3" })]
    [InlineData("list_without_overlap", "list 'C' (7 persons) shares no person", new[] { "A,B,C,count", "1,0,0,50", "0,1,0,40", "1,1,0,10", "0,0,1,7" })]
    [InlineData("invalid_table", "row 2, column 2: '2' under list 'B' must be 0 or 1", new[] { "A,B,C,count", "1,2,0,5" })]
    [InlineData("invalid_table", "was already given on row 2", new[] { "A,B,C,count", "1,0,0,5", "1,0,0,6" })]
    public async Task Issue_9_a_table_that_cannot_support_an_estimate_is_refused_with_exit_3_and_the_reason(string reason, string message, string[] lines)
    {
        var file = Write("bad.csv", lines);
        var run = await CliRun.RunAsync("estimate", "--lists", file);
        run.ExitCode.Should().Be(3);
        run.Error.Should().Contain($"refused ({reason})").And.Contain(message);
        run.Error.Should().NotContain("   at ", "users get the reason, never a stack trace");

        var json = await CliRun.RunAsync("estimate", "--lists", file, "--json");
        json.ExitCode.Should().Be(3);
        using var document = JsonDocument.Parse(json.Output);
        document.RootElement.GetProperty("status").GetString().Should().Be("refused");
        document.RootElement.GetProperty("reason").GetString().Should().Be(reason);
    }

    [Fact]
    public async Task Issue_9_a_model_term_confounded_with_the_unobserved_cell_or_naming_an_unknown_list_is_refused()
    {
        var file = Write("three.csv", "A,B,C,count", "1,0,0,50", "0,1,0,40", "0,0,1,30", "1,1,0,10", "1,0,1,8", "0,1,1,6", "1,1,1,2");
        // All two-list interactions plus the three-list one: 8 parameters for the 7 observed cells.
        var threeWay = await CliRun.RunAsync("estimate", "--lists", file, "--model", "A*B, A*C, B*C, A*B*C");
        threeWay.ExitCode.Should().Be(3);
        threeWay.Error.Should().Contain("refused (not_identifiable)").And.Contain("A*B, A*C, B*C, A*B*C").And.Contain("confounded with the unobserved cell");

        var unknown = await CliRun.RunAsync("estimate", "--lists", file, "--model", "A*D");
        unknown.ExitCode.Should().Be(3);
        unknown.Error.Should().Contain("refused (unknown_list)").And.Contain("'D'");
    }

    [Theory]
    [InlineData(new[] { "estimate" }, "give either --year")]
    [InlineData(new[] { "estimate", "--year", "2025", "--lists", "x.csv" }, "give either --year")]
    [InlineData(new[] { "estimate", "--lists", "missing.csv" }, "does not exist")]
    [InlineData(new[] { "estimate", "--lists", "x.csv", "--select", "lasso" }, "--select 'lasso'")]
    [InlineData(new[] { "estimate", "--lists", "x.csv", "--alpha", "0.01" }, "--alpha")]
    [InlineData(new[] { "estimate", "--lists", "x.csv", "--select", "aic", "--model", "A*B" }, "cannot be combined with --select")]
    [InlineData(new[] { "estimate", "--lists", "x.csv", "--confidence", "1.5" }, "--confidence 1.5")]
    [InlineData(new[] { "estimate", "--lists", "x.csv", "--seed", "3" }, "--interval bootstrap")]
    public async Task Issue_9_bad_options_exit_1_naming_the_option(string[] args, string message)
    {
        Write("x.csv", "A,B,C,count", "1,0,0,5", "0,1,0,4", "0,0,1,3", "1,1,0,2", "1,0,1,1", "0,1,1,1");
        var run = await CliRun.RunAsync([.. args.Select(a => a.EndsWith(".csv", StringComparison.Ordinal) ? Path.Combine(_data.Path, a) : a), "--data", _data.Path]);
        run.ExitCode.Should().Be(1, run.Output);
        run.Error.Should().Contain(message);
    }

    private string Write(string name, params string[] lines)
    {
        var path = Path.Combine(_data.Path, name);
        File.WriteAllLines(path, lines);
        return path;
    }

    public void Dispose() => _data.Dispose();
}
