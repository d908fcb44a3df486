namespace Stats.Hardening.Tests.Fuzz;

/// <summary>
/// How an indicator's published cells are protected, read from the snapshot's own catalogue (ind_indicator): with the
/// threshold rule, a count cell of the public view holds no value between 1 and <see cref="K"/>−1. The catalogue stores
/// the measure upper-case (COUNT).
/// </summary>
internal sealed record CellRule(string IndicatorId, string Measure, string Rule, int K)
{
    /// <summary>Counts of units under the threshold rule: the cells whose public value may never be 1 … k−1 (rates, sums and maxima may).</summary>
    public bool ProtectsCounts => Rule == "threshold" && Measure.Equals("count", StringComparison.OrdinalIgnoreCase) && K > 1;
}
