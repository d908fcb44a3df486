namespace Stats.Warehouse.OData.Apply;

/// <summary>
/// Distinct persons of one group: passing the filter (<see cref="In"/>), in the group at all (<see cref="All"/>), and
/// passing the filter with one of its top-level conjuncts dropped (<see cref="Relaxed"/>, one per conjunct when the
/// filter has at least two): a neighbouring query that differs by one condition.
/// </summary>
public sealed record ApplyUnits(long In, long All, IReadOnlyList<long> Relaxed)
{
    public ApplyUnits(long inUnits, long allUnits)
        : this(inUnits, allUnits, [])
    {
    }
}
