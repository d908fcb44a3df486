namespace Stats.Warehouse.Indicators;

/// <summary>A cell as disclosure control sees it: where it sits (frequency, period, codes) and how many units it counts.</summary>
internal sealed record ProtectionCell(long CellId, string Frequency, int PeriodNo, IReadOnlyList<string> Codes, long Contributors);
