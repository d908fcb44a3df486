using DuckDB.NET.Data;
using Stats.Warehouse.Freshness;
using Stats.Warehouse.Indicators;
using Stats.Warehouse.Sql;
using Stats.Warehouse.Vintages;

namespace Stats.Charts.Packs;

/// <summary>
/// Reads a pack's summary from the served vintage, only through <see cref="IndicatorReader"/> and <see cref="VintageDiff"/>
/// with the recipient's role, so the public summary is built from published values alone.
/// </summary>
public sealed class PackSummaryReader(SqlFiles sql)
{
    private const int LargestRevisions = 5;

    public async Task<PackSummary> ReadAsync(
        DuckDBConnection snapshot, PackDefinition pack, PackMonth month, IndicatorRole role, VintageInfo current, VintageInfo? baseline, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(pack);
        ArgumentNullException.ThrowIfNull(current);
        var monthly = new Dictionary<string, IndicatorResult>(StringComparer.Ordinal);
        foreach (var id in pack.Headline)
        {
            monthly[id] = await IndicatorReader.ReadAsync(snapshot, new IndicatorRequest(id, ["month"], role), ct).ConfigureAwait(false);
        }

        EnsureCovered(monthly.Values, month, current.Id);
        var headline = pack.Headline.Select(id => Headline(monthly[id], month)).ToList();
        var moves = (await PackMoves.FindAsync(snapshot, headline, month, role, ct).ConfigureAwait(false))
            .OrderByDescending(m => Math.Abs(m.Change)).ThenBy(m => m.IndicatorId, StringComparer.Ordinal).ThenBy(m => m.Category, StringComparer.Ordinal)
            .Take(pack.Moves).ToList();
        var revisions = await RevisionsAsync(role, current, baseline, ct).ConfigureAwait(false);
        var late = (await SourceTimeliness.ReadAsync(snapshot, current.PublishedAt, ct).ConfigureAwait(false))
            .Where(s => s.IsStale).Select(s => new LateSource(s.ContractId, s.SourceCode, s.Status, s.DaysSinceLastDelivery)).ToList();
        return new PackSummary(month, headline, moves, revisions, late);
    }

    /// <summary>A month the vintage has no monthly figures for is refused rather than reported as empty.</summary>
    private static void EnsureCovered(IEnumerable<IndicatorResult> results, PackMonth month, int vintageId)
    {
        var periods = results.SelectMany(r => r.Rows).Select(r => r.TimePeriod).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
        if (!periods.Contains(month.ToString(), StringComparer.Ordinal))
        {
            throw new PackException(periods.Count == 0
                ? $"--month {month}: vintage {vintageId} holds no monthly figures."
                : $"--month {month}: vintage {vintageId} holds monthly figures from {periods[0]} to {periods[^1]}; {month} is not among them.");
        }
    }

    private static HeadlineFigure Headline(IndicatorResult result, PackMonth month) => new(
        result.Id, result.Title, result.Unit, Value(result, month.ToString()), Value(result, month.Previous.ToString()), Value(result, month.YearEarlier.ToString()));

    internal static FigureValue Value(IndicatorResult result, string period)
    {
        var row = result.Rows.FirstOrDefault(r => string.Equals(r.TimePeriod, period, StringComparison.Ordinal) && r.Codes.All(c => c == "_T"));
        return row is null ? FigureValue.Missing(period) : new FigureValue(period, row.Value, row.Flags, true);
    }

    private async Task<PackRevisions> RevisionsAsync(IndicatorRole role, VintageInfo current, VintageInfo? baseline, CancellationToken ct)
    {
        if (baseline is null)
        {
            return new PackRevisions(null, null, 0, 0, [], "No earlier vintage to compare with.");
        }

        if (baseline.Id == current.Id)
        {
            return new PackRevisions(baseline.Id, baseline.PublishedAt, 0, 0, [], $"Vintage {current.Id} is the one the previous pack used: nothing was revised.");
        }

        var changes = await new VintageDiff(sql).CompareAsync(baseline, current, role, null, ct).ConfigureAwait(false);
        var revised = changes.Where(c => c.Kind == "changed" && c.OldValue is not null && c.NewValue is not null).ToList();
        var largest = revised.OrderByDescending(c => Math.Abs(c.NewValue!.Value - c.OldValue!.Value)).ThenBy(c => c.IndicatorId, StringComparer.Ordinal)
            .ThenBy(c => c.CellKey, StringComparer.Ordinal).Take(LargestRevisions)
            .Select(c => new RevisionLine(c.IndicatorId, Readable(c.CellKey), c.OldValue!.Value, c.NewValue!.Value)).ToList();
        return new PackRevisions(baseline.Id, baseline.PublishedAt, revised.Count, changes.Count(c => c.Kind == "added"), largest, null);
    }

    /// <summary>A cell key (freq|period|dimension=code…) as a reader would write it.</summary>
    private static string Readable(string cellKey)
    {
        var parts = cellKey.Split('|');
        var period = parts.Length > 1 ? parts[1] : cellKey;
        var cell = parts.Length > 2 && parts[2].Length > 0 ? parts[2].Replace(";", ", ", StringComparison.Ordinal) : "total";
        return $"{period} · {cell}";
    }
}
