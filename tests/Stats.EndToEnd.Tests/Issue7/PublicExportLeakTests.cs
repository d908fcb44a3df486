using Stats.Warehouse.Exports;
using Xunit.Abstractions;

namespace Stats.EndToEnd.Tests.Issue7;

/// <summary>
/// No suppressed value appears in any public export: every format is exported from a copy of the vintage whose suppressed
/// cells hold sentinels ≥ 900,000, and every number of every file is scanned. The analyst export of the same copy must show
/// sentinels, which proves the scan reads the values it is meant to check.
/// </summary>
[Collection(Issue7Collection.Name)]
public sealed class PublicExportLeakTests(Issue7Warehouse warehouse, ITestOutputHelper output)
{
    [Fact]
    public async Task No_public_export_of_any_format_carries_a_suppressed_value()
    {
        using var tampered = await TamperedVintage.CopyAsync(warehouse.DataPath);
        tampered.SuppressedCells.Should().BeGreaterThan(50, "the vintage must have suppressed cells for this check to mean anything");
        foreach (var format in ExportFormats.All.Select(f => f.Id))
        {
            var scanned = 0L;
            var folder = await ExportAsync(tampered.DataPath, format, "public");
            foreach (var (file, number) in ExportScan.Numbers(folder))
            {
                number.Should().BeLessThan(TamperedVintage.SentinelFloor, $"public {format} export file {file} carries a suppressed cell's value");
                scanned++;
            }

            var analyst = await ExportAsync(tampered.DataPath, format, "analyst");
            var sentinels = ExportScan.Numbers(analyst).Count(n => n.Number >= TamperedVintage.SentinelFloor);
            sentinels.Should().BePositive($"the analyst {format} export shows unprotected values, so the scan must find sentinels in it");
            output.WriteLine($"{format}: {scanned} numbers scanned in the public export, none suppressed; {sentinels} sentinels in the analyst export");
        }
    }

    private static async Task<string> ExportAsync(string dataPath, string format, string role)
    {
        var folder = Path.Combine(dataPath, "scan", $"{format}-{role}");
        var run = await CliRun.RunAsync("export", format, "--data", dataPath, "--role", role, "--out", folder);
        run.ExitCode.Should().Be(0, run.Error + run.Output);
        return folder;
    }
}
