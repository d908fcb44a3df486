using System.Globalization;
using DuckDB.NET.Data;
using Stats.Charts.Definitions;
using Stats.Core.Indicators;
using Stats.Warehouse.Indicators;

namespace Stats.Charts.Data;

/// <summary>The reads of each chart kind, all through <see cref="IndicatorReader"/>.</summary>
internal sealed class ReadContext(DuckDBConnection snapshot, ChartDefinition chart, DateOnly month, IndicatorRole role, CancellationToken ct)
{
    public async Task<ChartShape> MonthlyTrendAsync()
    {
        var result = await ReadAsync(chart.Indicator, null, Frequency.Monthly).ConfigureAwait(false);
        var byPeriod = result.Rows.ToDictionary(r => r.TimePeriod, StringComparer.Ordinal);
        var series = new List<ChartSeries>();
        foreach (var year in new[] { month.Year, month.Year - 1 })
        {
            var points = Enumerable.Range(1, month.Month)
                .Select(m => Point(chart.Indicator, ChartPeriods.Month(year, m), ChartPeriods.MonthName(m), byPeriod))
                .ToList();
            series.Add(new ChartSeries(ChartPeriods.Year(year), points) { IsComparison = year != month.Year });
        }

        var span = month.Month == 1 ? ChartPeriods.FullMonthName(1) : $"January–{ChartPeriods.FullMonthName(month.Month)}";
        var subtitle = string.Create(CultureInfo.InvariantCulture, $"{Capital(result.Unit)} per month, {span} {month.Year} against {month.Year - 1}");
        return new ChartShape(subtitle, Enumerable.Range(1, 12).Select(ChartPeriods.MonthName).ToList(), series, null);
    }

    public async Task<ChartShape> AnnualTrendAsync(string name)
    {
        var result = await ReadAsync(chart.Indicator, null, Frequency.Annual).ConfigureAwait(false);
        var byPeriod = result.Rows.ToDictionary(r => r.TimePeriod, StringComparer.Ordinal);
        var years = ChartPeriods.Years(month, chart.Span);
        var points = years.Select(y => Point(chart.Indicator, y, y, byPeriod)).ToList();
        var subtitle = $"{Capital(result.Unit)} per year, {years[0]}–{years[^1]}";
        return new ChartShape(subtitle, years, [new ChartSeries(name, points)], null);
    }

    public async Task<ChartShape> BarsAsync()
    {
        var result = await ReadAsync(chart.Indicator, chart.Breakdown, chart.Frequency).ConfigureAwait(false);
        var period = ChartPeriods.Of(chart.Frequency, month);
        var points = result.Rows
            .Where(r => r.TimePeriod == period && r.Codes[0] != "_T")
            .Select(r => new ChartPoint(chart.Indicator, r.TimePeriod, r.Labels[0], r.Value, r.Flags, r.ConfStatus))
            .ToList();
        var title = result.Breakdowns[0].Title;
        return new ChartShape($"{Capital(result.Unit)} by {LowerFirst(title)}, {period}", points.Select(p => p.Category).ToList(),
            [new ChartSeries(period, points)], title);
    }

    public async Task<ChartShape> StackedAsync()
    {
        var result = await ReadAsync(chart.Indicator, chart.Breakdown, chart.Frequency).ConfigureAwait(false);
        var periods = chart.Frequency == Frequency.Quarterly ? ChartPeriods.QuartersToDate(month) : ChartPeriods.Years(month, chart.Span);
        var rows = result.Rows.Where(r => periods.Contains(r.TimePeriod, StringComparer.Ordinal)).ToList();
        var series = rows.Where(r => r.Codes[0] != "_T")
            .GroupBy(r => r.Labels[0], StringComparer.Ordinal)
            .Select(g => new ChartSeries(g.Key, g.Select(r => new ChartPoint(chart.Indicator, r.TimePeriod, g.Key, r.Value, r.Flags, r.ConfStatus)).ToList()))
            .ToList();
        var totals = rows.Where(r => r.Codes[0] == "_T")
            .Select(r => new ChartPoint(chart.Indicator, r.TimePeriod, "Total", r.Value, r.Flags, r.ConfStatus))
            .ToList();
        var remainder = StackedRemainder.Of(chart.Indicator, series, totals);
        if (remainder.Points.Count > 0)
        {
            series.Add(remainder);
        }

        series.Add(new ChartSeries(StackedRemainder.TotalName, totals));
        var title = result.Breakdowns[0].Title;
        var subtitle = $"{Capital(result.Unit)} by {LowerFirst(title)} per {Frequencies.Word(chart.Frequency)}, {periods[0]}–{periods[^1]}";
        return new ChartShape(subtitle, periods, series, title);
    }

    public async Task<ChartShape> FunnelAsync(IReadOnlyList<SnapshotIndicator> indicators)
    {
        var year = ChartPeriods.Year(month.Year);
        var points = new List<ChartPoint>();
        foreach (var indicator in indicators)
        {
            var result = await ReadAsync(indicator.Id, null, Frequency.Annual).ConfigureAwait(false);
            points.Add(Point(indicator.Id, year, indicator.Title, result.Rows.ToDictionary(r => r.TimePeriod, StringComparer.Ordinal)));
        }

        return new ChartShape($"Persons at each stage, {year}", points.Select(p => p.Category).ToList(), [new ChartSeries(year, points)], null);
    }

    private Task<IndicatorResult> ReadAsync(string id, string? by, Frequency frequency)
    {
        List<string> words = [Frequencies.Word(frequency)];
        if (by is not null)
        {
            words.Insert(0, by);
        }

        return IndicatorReader.ReadAsync(snapshot, new IndicatorRequest(id, words, role), ct);
    }

    /// <summary>The cell of a period, or a point without value and flags when the vintage has no cell for it.</summary>
    private static ChartPoint Point(string id, string period, string category, Dictionary<string, IndicatorRow> byPeriod) =>
        byPeriod.TryGetValue(period, out var r)
            ? new ChartPoint(id, period, category, r.Value, r.Flags, r.ConfStatus)
            : new ChartPoint(id, period, category, null, "", "");

    private static string LowerFirst(string text) => text.Length == 0 ? text : char.ToLowerInvariant(text[0]) + text[1..];

    private static string Capital(string unit) => unit.Length == 0 ? unit : char.ToUpperInvariant(unit[0]) + unit[1..].Replace('_', ' ');
}
