using System.Globalization;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.Logging;
using Stats.Api;
using Stats.Host.Serving;
using Stats.Warehouse;
using Stats.Warehouse.Vintages;

namespace Stats.EndToEnd.Tests;

/// <summary>
/// Issue 4: server-driven paging while a new vintage is published between two pages. The next links pin the vintage the
/// first page came from, so the pages together are exactly that vintage's rows (read with the test's own SQL from its
/// snapshot file): no row missing, none twice, none from the new vintage — which a fresh request then serves.
/// </summary>
public sealed class Issue4PagingTests : IDisposable
{
    private const int PageSize = 40;
    private readonly TempDataFolder _data = new();

    [Fact]
    public async Task Issue_4_pages_followed_across_a_publish_are_the_first_vintage_in_full()
    {
        (await CliRun.RunAsync("demo", "--no-serve", "--data", _data.Path, "--year", "2025", "--seed", "42")).ExitCode.Should().Be(0);
        var options = new WarehouseOptions { DataDirectory = _data.Path };
        using var source = new CurrentVintageModelSource(options);
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        builder.Services.AddStatsOData(source, o => o.PageSize = PageSize);
        await using var app = builder.Build();
        app.MapStatsOData();
        await app.StartAsync();
        using var http = new HttpClient { BaseAddress = new Uri(FeedServer.Addresses(app).Single() + "/odata/") };
        var client = new ODataFeedClient(http);
        var model = await client.ModelAsync();

        var first = await client.PageAsync(model, "Indicator_V04", "Indicator_V04?$orderby=TimePeriod desc,Value");
        first.Vintage.Should().Be("1");
        first.Rows.Should().HaveCount(PageSize);

        // A corrected police delivery adds identified persons; the publish makes vintage 2 with different V04 cells.
        var correction = Path.Combine(_data.Path, "correction.csv");
        await File.WriteAllTextAsync(correction, Issue3VintagesFixture.CorrectionDelivery());
        (await CliRun.RunAsync("load", "--data", _data.Path, "--contract", "police-victims", correction)).ExitCode.Should().Be(0);
        (await CliRun.RunAsync("publish", "--data", _data.Path)).ExitCode.Should().Be(0);

        var rows = new List<Dictionary<string, object?>>(first.Rows);
        var pages = 1;
        for (var next = first.NextLink; next is not null; pages++)
        {
            var page = await client.PageAsync(model, "Indicator_V04", next.ToString());
            page.Vintage.Should().Be("1", "a next link keeps reading the vintage its first page came from");
            rows.AddRange(page.Rows);
            next = page.NextLink;
        }

        var served = rows.Select(r => Cell(r["CellKey"], r["Value"])).ToList();
        served.Should().OnlyHaveUniqueItems();
        served.Should().BeEquivalentTo(await CellsAsync(options, 1), "the pages are vintage 1's cells, every one once");
        pages.Should().Be((int)Math.Ceiling(served.Count / (double)PageSize));

        var fresh = await client.PageAsync(model, "Indicator_V04",
            "Indicator_V04?$filter=Frequency eq 'A' and Year eq 2025 and CellKey eq '" + await TotalCellKeyAsync(options) + "'");
        fresh.Vintage.Should().Be("2");
        var v1Total = await TotalAsync(options, 1);
        ((double?)fresh.Rows.Single()["Value"]).Should().Be(v1Total + Issue3VintagesFixture.NewPersons, "the new request reads vintage 2");
        await app.StopAsync();
    }

    public void Dispose() => _data.Dispose();

    private static string Cell(object? key, object? value) => $"{key}={Convert.ToString(value, CultureInfo.InvariantCulture) ?? "null"}";

    private static async Task<List<string>> CellsAsync(WarehouseOptions options, int vintage)
    {
        await using var snapshot = await OpenAsync(options, vintage);
        await using var command = snapshot.CreateCommand();
        command.CommandText = "SELECT cell_key, obs_value FROM ind_cell WHERE indicator_id = 'V04'";
        await using var reader = await command.ExecuteReaderAsync();
        var cells = new List<string>();
        while (await reader.ReadAsync())
        {
            cells.Add(Cell(reader.GetString(0), reader.IsDBNull(1) ? null : Convert.ToDouble(reader.GetValue(1), CultureInfo.InvariantCulture)));
        }

        return cells;
    }

    /// <summary>The 2025 annual all-totals cell of V04: every breakdown column at '_T'.</summary>
    private const string TotalCell =
        "FROM ind_cell WHERE indicator_id = 'V04' AND freq = 'A' AND \"year\" = 2025 AND table_by = ''";

    private static async Task<string> TotalCellKeyAsync(WarehouseOptions options)
    {
        await using var snapshot = await OpenAsync(options, 2);
        await using var command = snapshot.CreateCommand();
        command.CommandText = "SELECT cell_key " + TotalCell;
        return (string)(await command.ExecuteScalarAsync())!;
    }

    private static async Task<double> TotalAsync(WarehouseOptions options, int vintage)
    {
        await using var snapshot = await OpenAsync(options, vintage);
        await using var command = snapshot.CreateCommand();
        command.CommandText = "SELECT obs_value " + TotalCell;
        return Convert.ToDouble(await command.ExecuteScalarAsync(), CultureInfo.InvariantCulture);
    }

    private static Task<DuckDB.NET.Data.DuckDBConnection> OpenAsync(WarehouseOptions options, int vintage)
    {
        var store = new VintageStore(options);
        return store.OpenReadOnlyAsync(store.List().Single(v => v.Id == vintage), CancellationToken.None);
    }
}
