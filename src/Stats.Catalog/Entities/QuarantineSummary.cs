namespace Stats.Catalog.Entities;

/// <summary>How many rows of one delivery one rule quarantined on one column (the rows themselves stay in the warehouse).</summary>
public sealed class QuarantineSummary
{
    public long Id { get; init; }
    public long DeliveryId { get; init; }
    public required string Entity { get; init; }
    public required string RuleCode { get; init; }
    public required string ColumnName { get; init; }
    public long Rows { get; init; }
}
