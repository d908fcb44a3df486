using Stats.Core.Disclosure;

namespace Stats.Warehouse.Indicators.Aggregates;

/// <summary>
/// Values that disclosure control works with for cells suppressed at source, whose true value nobody here knows. A
/// censored cell that is the only unknown of a relation gets what the relation leaves for it (total − the other members,
/// or the sum of the members when it is the total) if that lies within its bounds — exactly what a reader could work out,
/// so the protection must hide it; otherwise its lower bound, at least 1. Repeated until nothing more can be worked out.
/// Exact cells keep their count; missing cells count 0 (they are in no relation).
/// </summary>
internal static class CensoredImputation
{
    public static long[] Values(IReadOnlyList<ProtectionCell> cells, IReadOnlyList<AdditiveRelation> candidates)
    {
        var values = cells.Select(c => c.Status switch
        {
            AggregateStatus.Exact => (long?)c.Contributors,
            AggregateStatus.Missing => 0,
            _ => null,
        }).ToArray();
        var progress = true;
        while (progress)
        {
            progress = false;
            foreach (var relation in candidates)
            {
                var unknown = relation.Members.Append(relation.Total).Where(c => values[c] is null).ToList();
                if (unknown.Count != 1)
                {
                    continue;
                }

                var cell = unknown[0];
                var members = relation.Members.Where(m => m != cell).Sum(m => values[m]!.Value);
                var value = cell == relation.Total ? members : values[relation.Total]!.Value - members;
                if (value >= Math.Max(cells[cell].Lower ?? 0, 0) && (cells[cell].Upper is not { } upper || value <= upper))
                {
                    values[cell] = value;
                    progress = true;
                }
            }
        }

        return cells.Select((c, i) => values[i] ?? Math.Max(1, (long)Math.Ceiling(c.Lower ?? 1))).ToArray();
    }
}
