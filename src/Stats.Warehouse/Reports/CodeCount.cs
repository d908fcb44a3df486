namespace Stats.Warehouse.Reports;

/// <summary>A count for one code of a breakdown (persons or registrations, as the owning property says).</summary>
public sealed record CodeCount(string Code, long Count);
