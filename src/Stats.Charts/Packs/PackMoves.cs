using DuckDB.NET.Data;
using Stats.Warehouse.Indicators;

namespace Stats.Charts.Packs;

/// <summary>
/// Candidate moves for the summary: each headline total against the month before and the same month a year earlier, and,
/// when the month ends a quarter, every category of the indicator's quarterly breakdowns against the same quarter a year
/// earlier (monthly cells have no breakdowns). Only pairs where the role sees both values count, so a suppressed cell never
/// shows up as a move.
/// </summary>
internal static class PackMoves
{
    private const string Total = "Total";

    public static async Task<List<PackMove>> FindAsync(
        DuckDBConnection snapshot, IReadOnlyList<HeadlineFigure> headline, PackMonth month, IndicatorRole role, CancellationToken ct)
    {
        var moves = new List<PackMove>();
        foreach (var figure in headline)
        {
            Add(moves, figure, Total, figure.Month, figure.PreviousMonth);
            Add(moves, figure, Total, figure.Month, figure.YearEarlier);
        }

        if (month.EndedQuarter is not { } quarter)
        {
            return moves;
        }

        var earlier = month.YearEarlier.EndedQuarter!;
        foreach (var figure in headline)
        {
            var indicator = await SnapshotCatalogue.IndicatorAsync(snapshot, figure.IndicatorId, ct).ConfigureAwait(false);
            foreach (var by in indicator.Breakdowns)
            {
                IndicatorResult result;
                try
                {
                    result = await IndicatorReader.ReadAsync(snapshot, new IndicatorRequest(figure.IndicatorId, [by, "quarter"], role), ct).ConfigureAwait(false);
                }
                catch (IndicatorRequestException)
                {
                    continue; // this breakdown is published per year only
                }

                foreach (var row in result.Rows.Where(r => r.TimePeriod == quarter && r.Codes[0] != "_T"))
                {
                    var before = result.Rows.FirstOrDefault(r => r.TimePeriod == earlier && r.Codes[0] == row.Codes[0]);
                    if (before is not null)
                    {
                        Add(moves, figure, $"{result.Breakdowns[0].Title}: {row.Labels[0]}",
                            new FigureValue(quarter, row.Value, row.Flags, true), new FigureValue(earlier, before.Value, before.Flags, true));
                    }
                }
            }
        }

        return moves;
    }

    private static void Add(List<PackMove> moves, HeadlineFigure figure, string category, FigureValue now, FigureValue before)
    {
        if (now.Value is { } value && before.Value is { } baseValue && Math.Abs(value - baseValue) > 1e-9)
        {
            moves.Add(new PackMove(figure.IndicatorId, figure.Title, figure.Unit, category, now.TimePeriod, before.TimePeriod, value, baseValue));
        }
    }
}
