namespace Stats.Core.Indicators;

/// <summary>How a cell value is computed from the units in the cell (see sql/indicators/README.md).</summary>
public enum IndicatorMeasure
{
    /// <summary>Number of distinct units.</summary>
    Count,

    /// <summary>Sum of the units' value (one row per unit).</summary>
    Sum,

    /// <summary>Largest value among the units.</summary>
    Max,

    /// <summary>factor × Σ numerator / Σ denominator.</summary>
    Ratio,

    /// <summary>factor × another indicator's cell / population.</summary>
    Rate,
}
