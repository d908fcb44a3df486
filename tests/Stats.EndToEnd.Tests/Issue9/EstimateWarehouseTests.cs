using System.Text.Json;
using Stats.EndToEnd.Tests.Issue7;
using Stats.Etl.Synthetic;

namespace Stats.EndToEnd.Tests.Issue9;

/// <summary>
/// `stats estimate --year` on the warehouse's own overlap table (vintage of 2024 seed 7 + 2025 seed 42): the table read
/// is the generator's overlap ground truth, the independence estimate solves Darroch's equation, and the selected model
/// is no worse by BIC than the independence model or any one-term extension of it.
/// </summary>
[Collection(Issue7Collection.Name)]
public sealed class EstimateWarehouseTests(Issue7Warehouse warehouse)
{
    [Theory]
    [InlineData(2025)]
    [InlineData(2024)]
    public async Task Issue_9_the_independence_estimate_of_a_year_is_the_solution_of_Darrochs_equation_over_the_generated_overlap(int year)
    {
        var truth = GroundTruth.Read(Path.Combine(warehouse.DataPath, "deliveries", year.ToString(System.Globalization.CultureInfo.InvariantCulture), "ground-truth.json"));
        var run = await CliRun.RunAsync("estimate", "--data", warehouse.DataPath, "--year", $"{year}", "--model", "independence", "--json");
        run.ExitCode.Should().Be(0, run.Error);
        using var json = JsonDocument.Parse(run.Output);
        var root = json.RootElement;

        var seen = truth.Overlap.Sum(o => (long)o.Persons);
        root.GetProperty("observed").GetInt64().Should().Be(seen);
        var table = root.GetProperty("table").EnumerateArray()
            .Where(c => c.GetProperty("persons").GetInt64() > 0)
            .ToDictionary(c => string.Join('+', c.GetProperty("lists").EnumerateArray().Select(l => l.GetString()).Order(StringComparer.Ordinal)), c => c.GetProperty("persons").GetInt64());
        table.Should().BeEquivalentTo(truth.Overlap.ToDictionary(o => string.Join('+', o.Agencies), o => (long)o.Persons));

        var sizes = truth.Overlap.SelectMany(o => o.Agencies.Select(a => (a, o.Persons))).GroupBy(p => p.a).Select(g => (long)g.Sum(p => p.Persons)).ToList();
        var expected = IndependenceEquation.Solve(sizes, seen);
        var total = root.GetProperty("total").GetDouble();
        total.Should().BeApproximately(expected, expected * 1e-6);
        root.GetProperty("hidden").GetDouble().Should().BeApproximately(total - seen, 1e-3);
        root.GetProperty("lower").GetDouble().Should().BeLessThan(total).And.BeGreaterThanOrEqualTo(seen);
        root.GetProperty("upper").GetDouble().Should().BeGreaterThan(total);
        root.GetProperty("model").GetProperty("name").GetString().Should().Be("independence");
        root.GetProperty("alternatives").GetArrayLength().Should().Be(0, "a given model is not selected among others");
    }

    [Fact]
    public async Task Issue_9_the_selected_model_is_no_worse_by_BIC_than_independence_or_any_one_term_extension_and_each_alternative_has_its_estimate()
    {
        var run = await CliRun.RunAsync("estimate", "--data", warehouse.DataPath, "--year", "2025", "--json");
        run.ExitCode.Should().Be(0, run.Error);
        using var json = JsonDocument.Parse(run.Output);
        var root = json.RootElement;
        var chosen = root.GetProperty("model");
        var terms = chosen.GetProperty("terms").EnumerateArray().Select(t => t.GetString()!).ToHashSet();
        var bic = chosen.GetProperty("bic").GetDouble();
        var alternatives = root.GetProperty("alternatives").EnumerateArray().ToList();
        alternatives.Should().NotBeEmpty();
        foreach (var alternative in alternatives.Where(a => a.GetProperty("rejected").ValueKind == JsonValueKind.Null))
        {
            alternative.GetProperty("total").GetDouble().Should().BeGreaterThan(root.GetProperty("observed").GetDouble());
            var its = alternative.GetProperty("terms").EnumerateArray().Select(t => t.GetString()!).ToHashSet();
            if (its.Count == 0 || (its.IsSupersetOf(terms) && its.Count == terms.Count + 1))
            {
                alternative.GetProperty("bic").GetDouble().Should().BeGreaterThanOrEqualTo(bic, $"stepwise BIC stops only when no extension lowers BIC ({alternative.GetProperty("name").GetString()})");
            }
        }

        root.GetProperty("selection").GetProperty("criterion").GetString().Should().Be("bic");
        root.GetProperty("interval").GetProperty("method").GetString().Should().Be("profile_likelihood");
    }

    [Fact]
    public async Task Issue_9_the_readable_estimate_shows_the_input_table_the_estimate_and_interval_and_the_other_models()
    {
        var run = await CliRun.RunAsync("estimate", "--data", warehouse.DataPath, "--year", "2025");
        run.ExitCode.Should().Be(0, run.Error);
        run.Output.Should().Contain("Persons by combination of lists").And.Contain("NGO1+NRM+POL")
            .And.Contain("Estimated total (e)").And.Contain("95% interval (profile likelihood)")
            .And.Contain("Other models considered").And.Contain("never add");
    }

    [Fact]
    public async Task Issue_9_a_year_without_registrations_is_refused_with_the_years_that_have_a_table()
    {
        var run = await CliRun.RunAsync("estimate", "--data", warehouse.DataPath, "--year", "1999");
        run.ExitCode.Should().Be(1);
        run.Error.Should().Contain("--year 1999").And.Contain("2024, 2025");
    }
}
