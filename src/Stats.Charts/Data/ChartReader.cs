using System.Globalization;
using DuckDB.NET.Data;
using Stats.Charts.Definitions;
using Stats.Core.Indicators;
using Stats.Warehouse.Indicators;
using Stats.Warehouse.Sql;

namespace Stats.Charts.Data;

/// <summary>
/// Reads the figures of a chart from a published vintage for one role, only through <see cref="IndicatorReader"/>: a
/// public chart never sees the value of a suppressed cell.
/// </summary>
public static class ChartReader
{
    /// <summary>The chart's figures; every period is relative to <c>month</c>, the first day of the pack's reference month.</summary>
    public static async Task<ChartData> ReadAsync(DuckDBConnection snapshot, ChartDefinition chart, DateOnly month, IndicatorRole role, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        ArgumentNullException.ThrowIfNull(chart);
        var indicators = new List<SnapshotIndicator>();
        foreach (var id in chart.Indicators)
        {
            indicators.Add(await SnapshotCatalogue.IndicatorAsync(snapshot, id, ct).ConfigureAwait(false));
        }

        var (vintage, published) = await VintageAsync(snapshot, ct).ConfigureAwait(false);
        var context = new ReadContext(snapshot, chart, month, role, ct);
        var shape = chart.Kind switch
        {
            ChartKind.Trend when chart.Frequency == Frequency.Monthly => await context.MonthlyTrendAsync().ConfigureAwait(false),
            ChartKind.Trend => await context.AnnualTrendAsync(indicators[0].Title).ConfigureAwait(false),
            ChartKind.Bar => await context.BarsAsync().ConfigureAwait(false),
            ChartKind.StackedBar => await context.StackedAsync().ConfigureAwait(false),
            _ => await context.FunnelAsync(indicators).ConfigureAwait(false),
        };

        var title = chart.Title.Length > 0
            ? chart.Title
            : indicators[0].Title + (shape.BreakdownTitle is { } b ? " by " + char.ToLowerInvariant(b[0]) + b[1..] : "");
        var roleWord = role == IndicatorRole.Public ? "public figures" : "analyst view, not for publication";
        var sources = string.Join(", ", indicators.SelectMany(i => i.Sources).Distinct(StringComparer.Ordinal));
        var source = string.Create(CultureInfo.InvariantCulture, $"Source: {sources} · vintage {vintage} published {published:yyyy-MM-dd} · {roleWord}");
        return new ChartData(chart.Id, title, shape.Subtitle, indicators[0].Unit, vintage, published, role, source, shape.Series)
        {
            Kind = chart.Kind,
            Categories = shape.Categories,
            Notes = chart.Notes,
        };
    }

    private static async Task<(int Id, DateTimeOffset Published)> VintageAsync(DuckDBConnection snapshot, CancellationToken ct)
    {
        await using var command = snapshot.CreateCommand("SELECT vintage_id, epoch_us(published_at) FROM meta_vintage");
        await using var reader = await command.ExecuteReaderAsync(ct).ConfigureAwait(false);
        if (!await reader.ReadAsync(ct).ConfigureAwait(false))
        {
            throw new IndicatorRequestException("The snapshot has no vintage record (meta_vintage is empty).");
        }

        return (reader.GetInt32(0), DateTimeOffset.FromUnixTimeMilliseconds(reader.GetInt64(1) / 1000));
    }
}
