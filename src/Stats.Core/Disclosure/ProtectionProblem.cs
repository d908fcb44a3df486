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

    /// <summary>
    /// Cells that must be suppressed whatever their value (suppressed at source, e.g. a return that states '&lt;5'): they
    /// are protected like primary cells — never published, never left alone in a relation, never pinned — even when the
    /// value given for them (an imputation) is k or more. Null or empty: none.
    /// </summary>
    public IReadOnlyList<int>? Forced { get; init; }
}
