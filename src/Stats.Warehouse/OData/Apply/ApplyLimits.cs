namespace Stats.Warehouse.OData.Apply;

/// <summary>
/// Caps on one <c>$apply</c> (Microsoft.OData does not validate its content): a query over them answers 400. Groups
/// counts every group of the unfiltered table, because disclosure control looks at what the filter excluded too.
/// </summary>
public sealed record ApplyLimits
{
    public int MaxTransformations { get; init; } = 4;

    public int MaxGroupByProperties { get; init; } = 5;

    public int MaxAggregates { get; init; } = 8;

    public int MaxGroups { get; init; } = 2000;

    /// <summary>Top-level filter conditions (each adds one neighbouring query to the disclosure check).</summary>
    public int MaxFilterConditions { get; init; } = 8;
}
