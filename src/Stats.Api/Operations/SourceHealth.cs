namespace Stats.Api.Operations;

/// <summary>Delivery punctuality of one source contract.</summary>
/// <param name="ContractId">The contract (etl/contracts).</param>
/// <param name="SourceCode">The source it delivers for.</param>
/// <param name="LastDelivery">When the last successful delivery was loaded; null if never.</param>
/// <param name="Status">Punctuality against the contract's schedule.</param>
/// <param name="LateSince">When the expected delivery became late (past due, within the grace period).</param>
/// <param name="OverdueSince">When it became overdue (past the grace period).</param>
public sealed record SourceHealth(
    string ContractId,
    string SourceCode,
    DateTimeOffset? LastDelivery,
    SourceStatus Status,
    DateTimeOffset? LateSince,
    DateTimeOffset? OverdueSince);
