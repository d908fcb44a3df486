namespace Stats.Warehouse.Freshness;

/// <summary>
/// One contract's timeliness at an instant (see <see cref="SourceTimelinessSql"/> for the rule). Nulls: no expectation
/// (LateAfterDays, OverdueAfterDays, LateAt, OverdueAt) or no delivery yet (LastLoadedAt, DaysSinceLastDelivery, LateAt, OverdueAt).
/// </summary>
public sealed record SourceTimelinessRow(
    string ContractId,
    string SourceCode,
    string? OrganisationType,
    string? ExpectedEvery,
    double? LateAfterDays,
    double? OverdueAfterDays,
    DateTimeOffset? LastLoadedAt,
    double? DaysSinceLastDelivery,
    DateTimeOffset? LateAt,
    DateTimeOffset? OverdueAt,
    string Status,
    long Deliveries)
{
    /// <summary>Late, overdue or never delivered: the figures this source feeds may be incomplete.</summary>
    public bool IsStale => SourceTimelinessSql.Stale.Contains(Status, StringComparer.Ordinal);
}
