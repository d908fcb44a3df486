namespace Stats.Catalog.Queries;

/// <summary>Rows one rule quarantined across deliveries, and in how many deliveries it fired.</summary>
public sealed record QuarantineTotal(string RuleCode, long Rows, int Deliveries);
