namespace Stats.Core.Disclosure;

/// <summary>
/// Cells (counts of persons, index = cell id) and the additive relations that link them, e.g. every margin of several
/// linked tables of one indicator and every month → quarter → year sum.
/// </summary>
public sealed record ProtectionProblem(IReadOnlyList<long> Values, IReadOnlyList<AdditiveRelation> Relations)
{
    /// <summary>
    /// Cost of suppressing each cell (higher = rather keep it published), index-aligned with <see cref="Values"/>.
    /// Null means value + 1: the least information is lost by hiding small cells.
    /// </summary>
    public IReadOnlyList<double>? Costs { get; init; }
}
