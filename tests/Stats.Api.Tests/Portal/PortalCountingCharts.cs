using System.Globalization;
using DuckDB.NET.Data;
using Stats.Api.Portal;
using Stats.Warehouse.Sql;

namespace Stats.Api.Tests.Portal;

/// <summary>
/// A small real chart source: one SVG text per chart stating the snapshot's published cell count, with an XML declaration
/// and a label holding markup, as a generator might write them.
/// </summary>
internal sealed class PortalCountingCharts : IPortalCharts
{
    public async Task<IReadOnlyList<PortalChart>> FeaturedAsync(DuckDBConnection snapshot, CancellationToken ct) =>
        [await ChartAsync(snapshot, "cells", "Published cells", ct)];

    public async Task<PortalChart?> IndicatorAsync(DuckDBConnection snapshot, string indicatorId, string? by, CancellationToken ct) =>
        await ChartAsync(snapshot, indicatorId, indicatorId + " by " + (by ?? "total"), ct);

    private static async Task<PortalChart> ChartAsync(DuckDBConnection snapshot, string id, string title, CancellationToken ct)
    {
        var cells = await snapshot.ScalarAsync<long>("SELECT count(*) FROM ind_cell", ct);
        var svg = "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"200\" height=\"40\"><text x=\"4\" y=\"20\">"
                  + cells.ToString(CultureInfo.InvariantCulture) + " cells</text></svg>";
        return new PortalChart(id, title, svg, title + " <alt> & text");
    }
}
