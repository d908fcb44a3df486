namespace Stats.EndToEnd.Tests;

/// <summary>Issue 3: the read commands on a data folder where nothing is published yet.</summary>
public sealed class Issue3NoVintageTests
{
    [Fact]
    public async Task Issue_3_before_the_first_publish_indicators_lists_the_definition_files()
    {
        using var data = new TempDataFolder();

        var run = await CliRun.RunAsync("indicators", "--data", data.Path);

        run.ExitCode.Should().Be(0, run.Error);
        run.Output.Should().Contain("no vintage published yet");
        var ids = Issue3TableText.Rows(run.Output).Select(r => r["Id"]).ToList();
        ids.Should().Contain(["V04", "J02", "Q01"]);
    }

    [Theory]
    [InlineData(new[] { "indicator", "V04" }, "No vintage is published yet")]
    [InlineData(new[] { "vintages", "diff", "1", "2" }, "Vintage 1 does not exist: no vintage is published yet.")]
    public async Task Issue_3_reading_before_the_first_publish_exits_1_and_says_nothing_is_published(string[] args, string expected)
    {
        using var data = new TempDataFolder();

        var run = await CliRun.RunAsync([.. args, "--data", data.Path]);

        run.ExitCode.Should().Be(1);
        run.Error.Should().Contain(expected);
        Directory.Exists(Path.Combine(data.Path, "vintages")).Should().BeFalse("reading never creates a vintage");
    }

    [Fact]
    public async Task Issue_3_vintages_without_any_says_so_and_succeeds()
    {
        using var data = new TempDataFolder();

        var run = await CliRun.RunAsync("vintages", "--data", data.Path);

        run.ExitCode.Should().Be(0, run.Error);
        run.Output.Should().Contain("No vintage is published yet");
    }

    [Theory]
    [InlineData("indicators")]
    [InlineData("indicator")]
    [InlineData("vintages")]
    public async Task Issue_3_every_new_command_has_help(string command)
    {
        var run = await CliRun.RunAsync(command, "--help");

        run.ExitCode.Should().Be(0);
        run.Output.Should().Contain("Usage:").And.Contain(command).And.Contain("--data");
    }
}
