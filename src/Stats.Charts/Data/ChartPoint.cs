namespace Stats.Charts.Data;

/// <summary>
/// One figure of a chart as the role may see it: <see cref="Value"/> is null when the cell is suppressed for the role
/// (ConfStatus C/D, flag c) or not computable; never 0 in place of a suppressed value.
/// </summary>
public sealed record ChartPoint(string IndicatorId, string TimePeriod, string Category, double? Value, string Flags, string ConfStatus)
{
    /// <summary>Suppressed by disclosure control for this role (flag c).</summary>
    public bool IsSuppressed => Value is null && Flags.Contains('c', StringComparison.Ordinal);

    public bool IsProvisional => Flags.Contains('p', StringComparison.Ordinal);

    public bool IsRevised => Flags.Contains('r', StringComparison.Ordinal);
}
