using System.Text.Json;
using DuckDB.NET.Data;
using Microsoft.Extensions.Logging;
using Stats.Api.Portal;
using Stats.Charts.Data;
using Stats.Charts.Definitions;
using Stats.Charts.Rendering;
using Stats.Core.Indicators;
using Stats.Warehouse.Indicators;
using Stats.Warehouse.Sql;

namespace Stats.Host.Serving;

/// <summary>
/// The portal's charts over ScottPlot, always for the public role: the featured charts of dashboards/portal.json for the
/// latest month the vintage holds, and one chart per indicator page. The definitions are read at the first request; a
/// broken one is logged and the portal shows its pages without charts rather than failing.
/// </summary>
internal sealed class PortalCharts(string dashboardsFolder, string sqlFolder, ILogger<PortalCharts> logger) : IPortalCharts
{
    public const string FileName = "portal.json";

    private readonly Lazy<(ChartCatalogue Charts, IReadOnlyList<string> Featured)?> _definitions = new(() => Load(dashboardsFolder, sqlFolder, logger));

    public async Task<IReadOnlyList<PortalChart>> FeaturedAsync(DuckDBConnection snapshot, CancellationToken ct)
    {
        if (_definitions.Value is not { } definitions)
        {
            return [];
        }

        var month = await LatestMonthAsync(snapshot, ct).ConfigureAwait(false);
        if (month is null)
        {
            return [];
        }

        var charts = new List<PortalChart>();
        foreach (var id in definitions.Featured)
        {
            var data = await ChartReader.ReadAsync(snapshot, definitions.Charts.Get(id), month.Value, IndicatorRole.Public, ct).ConfigureAwait(false);
            charts.Add(ToPortal(ChartRenderer.Render(data)));
        }

        return charts;
    }

    public async Task<PortalChart?> IndicatorAsync(DuckDBConnection snapshot, string indicatorId, string? by, CancellationToken ct)
    {
        var words = (by ?? "").Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
        var breakdowns = words.Where(w => !Frequencies.TryParseWord(w, out _)).ToList();
        var month = await LatestMonthAsync(snapshot, ct).ConfigureAwait(false);
        if (breakdowns.Count > 1 || month is null)
        {
            return null; // a cross-table is read as the table below the chart
        }

        try
        {
            var data = await ChartReader.ReadAsync(
                snapshot, ChartDefinitions.ForIndicator(indicatorId, breakdowns.SingleOrDefault()), month.Value, IndicatorRole.Public, ct).ConfigureAwait(false);
            return ToPortal(ChartRenderer.Render(data));
        }
        catch (IndicatorRequestException)
        {
            return null; // the breakdown is published per quarter only: the table stands alone
        }
    }

    private static PortalChart ToPortal(RenderedChart chart) => new(chart.Id, chart.Title, chart.Svg, chart.AltText);

    /// <summary>The last month with monthly cells that had begun when the vintage was published.</summary>
    private static async Task<DateOnly?> LatestMonthAsync(DuckDBConnection snapshot, CancellationToken ct)
    {
        var latest = await snapshot.ScalarAsync<string>(
            "SELECT strftime(max(c.period_start), '%Y-%m-%d') FROM ind_cell c " +
            "WHERE c.freq = 'M' AND c.period_start <= (SELECT max(CAST(published_at AS DATE)) FROM meta_vintage)",
            ct).ConfigureAwait(false);
        return latest is null ? null : DateOnly.ParseExact(latest, "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
    }

    private static (ChartCatalogue, IReadOnlyList<string>)? Load(string dashboardsFolder, string sqlFolder, ILogger logger)
    {
        try
        {
            var charts = ChartCatalogue.Load(dashboardsFolder, IndicatorCatalogueFiles.Load(new SqlFiles(sqlFolder)));
            var path = Path.Combine(dashboardsFolder, FileName);
            using var document = JsonDocument.Parse(File.ReadAllText(path));
            var featured = document.RootElement.TryGetProperty("featured", out var list) && list.ValueKind == JsonValueKind.Array
                ? list.EnumerateArray().Select(e => e.GetString() ?? "").ToList()
                : throw new ChartDefinitionException($"{FileName}: 'featured' must be a list of chart ids.");
            foreach (var id in featured)
            {
                charts.Get(id);
            }

            return (charts, featured);
        }
        catch (Exception e) when (e is ChartDefinitionException or IndicatorCatalogueException or JsonException or IOException)
        {
            logger.LogError("Portal charts are off: {Reason}", e.Message);
            return null;
        }
    }
}
