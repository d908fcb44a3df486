using Stats.Warehouse.Indicators.Aggregates;

namespace Stats.Warehouse.Indicators;

/// <summary>A cell as disclosure control sees it: where it sits (frequency, period, codes) and how many units it counts.</summary>
internal sealed record ProtectionCell(long CellId, string Frequency, int PeriodNo, IReadOnlyList<string> Codes, long Contributors)
{
    /// <summary>Exact for counted cells; a cell of an aggregate return may be censored (bounds known) or missing.</summary>
    public AggregateStatus Status { get; init; } = AggregateStatus.Exact;

    /// <summary>Censored: least possible value (null = not stated).</summary>
    public double? Lower { get; init; }

    /// <summary>Censored: largest possible value (null = unbounded).</summary>
    public double? Upper { get; init; }
}
