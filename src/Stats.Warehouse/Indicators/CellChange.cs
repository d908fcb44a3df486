namespace Stats.Warehouse.Indicators;

/// <summary>A cell that differs between two vintages (kind: changed, added, removed, released, suppressed).</summary>
public sealed record CellChange(string IndicatorId, string CellKey, double? OldValue, double? NewValue, string Kind);
