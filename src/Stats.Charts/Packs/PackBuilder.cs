using DuckDB.NET.Data;
using Stats.Charts.Data;
using Stats.Charts.Definitions;
using Stats.Charts.Rendering;
using Stats.Warehouse.Indicators;
using Stats.Warehouse.Vintages;

namespace Stats.Charts.Packs;

/// <summary>Renders a pack's content for one role from the served snapshot: summary, every chart, the charts' figures.</summary>
public sealed class PackBuilder(ChartCatalogue charts, PackSummaryReader summaries)
{
    public async Task<PackContent> BuildAsync(
        DuckDBConnection snapshot, PackDefinition pack, PackMonth month, IndicatorRole role, VintageInfo current, VintageInfo? baseline,
        DateTimeOffset generatedAt, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(pack);
        var summary = await summaries.ReadAsync(snapshot, pack, month, role, current, baseline, ct).ConfigureAwait(false);
        var rendered = new List<RenderedChart>();
        foreach (var id in pack.Charts)
        {
            var data = await ChartReader.ReadAsync(snapshot, charts.Get(id), month.FirstDay, role, ct).ConfigureAwait(false);
            rendered.Add(ChartRenderer.Render(data));
        }

        using var csv = new StringWriter(System.Globalization.CultureInfo.InvariantCulture);
        ChartDataCsv.Write(rendered.Select(r => r.Data), csv);
        return new PackContent(pack, month, role, current, generatedAt, summary, rendered, csv.ToString());
    }
}
