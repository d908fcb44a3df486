using System.IO.Compression;
using Stats.Etl.Synthetic;

namespace Stats.EndToEnd.Tests.Issue8;

/// <summary>
/// Aggregate returns by hand on the command line: `stats load` of the court registry's table and of its revised version
/// (whose findings it prints), `stats findings`, and a refused table whose message names the file, row, column and value.
/// </summary>
public sealed class AggregateCommandLineTests : IDisposable
{
    private readonly TempDataFolder _data = new();

    [Fact]
    public async Task Issue_8_load_prints_the_findings_of_a_revised_table_and_findings_lists_them_until_a_later_delivery_replaces_it()
    {
        var folder = _data.Deliveries(2025);
        (await CliRun.RunAsync("generate", "--data", _data.Path, "--year", "2025", "--seed", "11", "--out", folder)).ExitCode.Should().Be(0);
        var truth = GroundTruth.Read(Path.Combine(folder, "ground-truth.json"));
        var revised = truth.Deliveries.Single(d => d.File == "dirty/court_registry_convictions_2025_revised.xlsx");
        var expected = revised.Findings.Values.Sum();
        expected.Should().BeGreaterThan(0);

        var clean = await LoadAsync(Path.Combine(folder, "clean", "court_registry_convictions_2025.xlsx"));
        clean.ExitCode.Should().Be(0, clean.Error);
        (await CliRun.RunAsync("findings", "--data", _data.Path)).Output.Should().Contain("No findings.");

        var load = await LoadAsync(Path.Combine(folder, revised.File));
        load.ExitCode.Should().Be(0, "findings are recorded, not fatal: " + load.Error);
        load.Output.Should().Contain("margin").And.Contain("revision").And.Contain("court_registry_convictions_2025_revised.xlsx");

        var findings = await CliRun.RunAsync("findings", "--data", _data.Path, "--contract", "court-registry-convictions");
        findings.ExitCode.Should().Be(0, findings.Error);
        findings.Output.Should().Contain($"{expected} finding(s)").And.Contain("margin").And.Contain("revision");

        // The clean table again (same content as batch 1: a duplicate, nothing changes), then a corrected table with the
        // clean figures under new content: it replaces the revised delivery for 2025.
        (await LoadAsync(Path.Combine(folder, "clean", "court_registry_convictions_2025.xlsx"))).Output.Should().Contain("duplicate");
        var corrected = Path.Combine(_data.Path, "court_registry_convictions_2025_corrected.xlsx");
        File.Copy(Path.Combine(folder, "clean", "court_registry_convictions_2025.xlsx"), corrected);
        using (var zip = ZipFile.Open(corrected, ZipArchiveMode.Update))
        {
            // New entry times: the same workbook and figures, but new content (a new hash), as a re-export would be.
            foreach (var entry in zip.Entries)
            {
                entry.LastWriteTime = new DateTimeOffset(2026, 1, 15, 8, 0, 0, TimeSpan.Zero);
            }
        }

        var reload = await LoadAsync(corrected);
        reload.ExitCode.Should().Be(0, reload.Error + reload.Output);
        // In force now: the corrected table's own finding, the raised cell moving back (a revision); the revised table's
        // findings are replaced, and --all still lists them.
        var current = await CliRun.RunAsync("findings", "--data", _data.Path);
        current.Output.Should().Contain("1 finding(s)").And.Contain("revision").And.NotContain("margin");
        (await CliRun.RunAsync("findings", "--data", _data.Path, "--all")).Output.Should().Contain($"{expected + 1} finding(s)").And.Contain("replaced");
    }

    [Fact]
    public async Task Issue_8_a_table_with_a_count_that_is_not_a_number_is_refused_with_its_file_row_column_and_value_and_bad_options_exit_1()
    {
        var folder = _data.Deliveries(2025);
        (await CliRun.RunAsync("generate", "--data", _data.Path, "--year", "2025", "--seed", "11", "--out", folder)).ExitCode.Should().Be(0);

        var refused = await CliRun.RunAsync("load", "--data", _data.Path, "--contract", "idauthority-decisions",
            Path.Combine(folder, "dirty", "identification_decisions_2025_bad_count.csv"));
        refused.ExitCode.Should().Be(3);
        refused.Error.Should().Contain("identification_decisions_2025_bad_count.csv").And.Contain("invalid_count")
            .And.Contain("row 1").And.Contain("Kinder positiv").And.Contain("zwölf");
        var findings = await CliRun.RunAsync("findings", "--data", _data.Path, "--batch", "0");
        findings.ExitCode.Should().Be(1);
        findings.Error.Should().Contain("--batch");
    }

    private Task<CliRun> LoadAsync(string file) =>
        CliRun.RunAsync("load", "--data", _data.Path, "--contract", "court-registry-convictions", file);

    public void Dispose() => _data.Dispose();
}
