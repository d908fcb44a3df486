using System.Globalization;
using System.Net.Http.Headers;
using System.Text.Json;
using Xunit.Abstractions;

namespace Stats.EndToEnd.Tests.Issue7;

/// <summary>
/// Issue 7's export-refresh job through `stats run export-refresh` (run here, as no `stats serve` holds the folder): it writes
/// the current vintage's public export folders, deletes those of a vintage that is not kept, records the run, skips what is
/// complete on a second run, and the API then serves the job's folder.
/// </summary>
[Collection(Issue7Collection.Name)]
public sealed class ExportRefreshTests(Issue7Warehouse warehouse, ITestOutputHelper output)
{
    [Fact]
    public async Task Issue_7_export_refresh_writes_the_current_vintages_public_exports_and_drops_those_of_gone_vintages()
    {
        var exports = Path.Combine(warehouse.DataPath, "exports");
        var publicFolder = Path.Combine(exports, "vintage-2", "public");
        if (Directory.Exists(publicFolder))
        {
            Directory.Delete(publicFolder, recursive: true);
        }

        var gone = Path.Combine(exports, "vintage-77", "public", "csv");
        Directory.CreateDirectory(gone);
        await File.WriteAllTextAsync(Path.Combine(gone, "metadata.json"), "{}");

        var run = await CliRun.RunAsync("run", "export-refresh", "--data", warehouse.DataPath);
        output.WriteLine(run.Output + run.Error);
        run.ExitCode.Should().Be(0, run.Output + run.Error);
        var formats = string.Join(", ", Stats.Warehouse.Exports.ExportFormats.All.Select(f => f.Id));
        run.Output.Should().Contain("export-refresh: succeeded").And.Contain($"vintage 2: wrote {formats};", "no Exports:Formats configured means every format");
        Stats.Warehouse.Exports.ExportFormats.All.Should().OnlyContain(f => File.Exists(Path.Combine(publicFolder, f.Id, "metadata.json")));

        var csv = Path.Combine(publicFolder, "csv");
        File.Exists(Path.Combine(csv, "metadata.json")).Should().BeTrue();
        Directory.Exists(Path.Combine(exports, "vintage-77")).Should().BeFalse("vintage 77 is not kept");
        Directory.Exists(Path.Combine(exports, "vintage-1")).Should().BeFalse("no export of vintage 1 was kept, so none is written");
        var exported = ExportCells.Query($"SELECT * FROM read_csv('{Path.Combine(csv, "V04.csv")}', header = true, all_varchar = true)");
        ExportCells.ShouldMatchOData(exported, await warehouse.ODataCellsAsync("V04", "public"), "the job's public V04.csv");

        var runs = await new Issue5Catalog(warehouse.DataPath).RunsAsync();
        var recorded = runs.Where(r => r.Job == "export-refresh").ToList();
        recorded.Should().ContainSingle();
        (recorded[0].Trigger, recorded[0].Outcome, recorded[0].VintageId).Should().Be(("manual", "Succeeded", 2L));

        var again = await CliRun.RunAsync("run", "export-refresh", "--data", warehouse.DataPath);
        again.ExitCode.Should().Be(0, again.Output + again.Error);
        again.Output.Should().Contain($"wrote none; already complete {formats};");

        using var metadata = JsonDocument.Parse(await File.ReadAllTextAsync(Path.Combine(csv, "metadata.json")));
        var created = metadata.RootElement.GetProperty("createdAt").GetDateTimeOffset();
        using var response = await warehouse.Public.GetAsync(new Uri(warehouse.Public.BaseAddress!, "/exports/csv"), HttpCompletionOption.ResponseHeadersRead);
        response.EnsureSuccessStatusCode();
        DateTimeOffset.Parse(response.Headers.GetValues("X-Stats-Created").Single(), CultureInfo.InvariantCulture)
            .Should().Be(created, "the API serves the folder the job wrote");
        response.Content.Headers.ContentType.Should().Be(new MediaTypeHeaderValue("application/zip"));
    }
}
