namespace Stats.EndToEnd.Tests.Issue7;

/// <summary>
/// Bad input to `stats export` gets one clear line naming the parameter and the reason, a non-zero exit code, and writes
/// nothing: no export folder, no staging folder, and an earlier export at the same place is left exactly as it was.
/// </summary>
[Collection(Issue7Collection.Name)]
public sealed class ExportBadInputTests(Issue7Warehouse warehouse)
{
    [Theory]
    [InlineData("sdmx-ml", "", "Unknown export format 'sdmx-ml'", "csv")]
    [InlineData("csv", "--indicators=V04,X99", "--indicators: unknown indicator 'X99'", "V04")]
    [InlineData("csv", "--years=2019", "--years: vintage 2 has no figures for 2019", "2024, 2025")]
    [InlineData("csv", "--years=2024-2019", "--years: the range '2024-2019' ends before it starts", "2024-2019")]
    [InlineData("csv", "--years=last", "--years: 'last' is not a year", "e.g. 2021-2025")]
    [InlineData("csv", "--vintage=99", "Vintage 99 does not exist", "Published vintages: 1, 2")]
    [InlineData("csv", "--role=minister", "Unknown role 'minister'", "public or analyst")]
    public async Task A_bad_request_is_refused_with_its_reason_and_writes_nothing(string format, string option, string reason, string choices)
    {
        var parent = Path.Combine(warehouse.DataPath, "bad-input", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(parent);
        var folder = Path.Combine(parent, "export");
        string[] args = ["export", format, "--data", warehouse.DataPath, "--out", folder, .. option.Length > 0 ? new[] { option } : []];

        var run = await CliRun.RunAsync(args);

        run.ExitCode.Should().NotBe(0);
        run.Error.Should().Contain(reason).And.Contain(choices);
        run.Error.Split('\n', StringSplitOptions.RemoveEmptyEntries).Should().ContainSingle("the reason is one line, not a stack trace");
        Directory.EnumerateFileSystemEntries(parent).Should().BeEmpty("nothing is written, not even a staging folder");
    }

    [Fact]
    public async Task A_failed_request_leaves_an_earlier_export_at_the_same_place_untouched()
    {
        var folder = await warehouse.ExportAsync("csv", "public", "--indicators", "V04");
        var before = Snapshot(folder);

        var run = await CliRun.RunAsync("export", "csv", "--data", warehouse.DataPath, "--out", folder, "--indicators", "V04,NOPE");

        run.ExitCode.Should().NotBe(0);
        Snapshot(folder).Should().Equal(before);
        Directory.EnumerateFileSystemEntries(Path.GetDirectoryName(folder)!, ".*").Should().BeEmpty("no staging folder is left behind");
    }

    [Fact]
    public async Task A_folder_that_is_not_an_earlier_export_is_never_replaced()
    {
        var folder = Path.Combine(warehouse.DataPath, "not-an-export-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        await File.WriteAllTextAsync(Path.Combine(folder, "thesis.docx"), "precious");

        var run = await CliRun.RunAsync("export", "csv", "--data", warehouse.DataPath, "--out", folder);

        run.ExitCode.Should().NotBe(0);
        run.Error.Should().Contain("--out").And.Contain("is not empty and is not an earlier export");
        Directory.EnumerateFileSystemEntries(folder).Select(Path.GetFileName).Should().Equal("thesis.docx");
    }

    [Fact]
    public async Task Exporting_again_replaces_an_earlier_export_whole()
    {
        var folder = await warehouse.ExportAsync("csv", "public", "--indicators", "V04,J02");
        var run = await CliRun.RunAsync("export", "csv", "--data", warehouse.DataPath, "--out", folder, "--indicators", "J05");

        run.ExitCode.Should().Be(0, run.Error);
        Directory.EnumerateFiles(folder).Select(Path.GetFileName).Order().Should().Equal("J05.csv", "metadata.json");
    }

    private static Dictionary<string, string> Snapshot(string folder) => Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories)
        .ToDictionary(f => Path.GetRelativePath(folder, f), f => Convert.ToHexString(System.Security.Cryptography.SHA256.HashData(File.ReadAllBytes(f))));
}
