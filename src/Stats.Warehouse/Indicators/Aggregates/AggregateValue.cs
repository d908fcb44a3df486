namespace Stats.Warehouse.Indicators.Aggregates;

/// <summary>
/// A stated or derived aggregate figure: an exact value, a censored one with its bounds (lower null = not stated, upper
/// null = unbounded), or a missing one with its reason.
/// </summary>
internal sealed record AggregateValue(AggregateStatus Status, double? Value, double? Lower, double? Upper, string? Reason)
{
    public const string NotAvailable = "not available";
    public const string NotApplicable = "not applicable";

    public static AggregateValue Exact(double value) => new(AggregateStatus.Exact, value, null, null, null);

    public static AggregateValue Missing(string reason) => new(AggregateStatus.Missing, null, null, null, reason);

    public bool IsMissing => Status == AggregateStatus.Missing;

    /// <summary>
    /// The sum of parts: missing if any part is missing (a missing part is unknown, never zero; the reason is kept when
    /// all missing parts give the same one), else censored with the summed bounds if any part is censored (an exact part
    /// counts as both bounds, an unstated lower bound as 0, an unbounded part makes the sum unbounded), else exact.
    /// </summary>
    public static AggregateValue Sum(IReadOnlyList<AggregateValue> parts)
    {
        ArgumentNullException.ThrowIfNull(parts);
        if (parts.Count == 1)
        {
            return parts[0];
        }

        var missing = parts.Where(p => p.IsMissing).Select(p => p.Reason ?? NotAvailable).Distinct(StringComparer.Ordinal).ToList();
        if (missing.Count > 0)
        {
            return Missing(missing.Count == 1 ? missing[0] : NotAvailable);
        }

        if (parts.All(p => p.Status == AggregateStatus.Exact))
        {
            return Exact(parts.Sum(p => p.Value!.Value));
        }

        var lower = parts.Sum(p => p.Status == AggregateStatus.Exact ? p.Value!.Value : p.Lower ?? 0);
        double? upper = parts.Any(p => p.Status == AggregateStatus.Censored && p.Upper is null)
            ? null
            : parts.Sum(p => p.Status == AggregateStatus.Exact ? p.Value!.Value : p.Upper!.Value);
        return new AggregateValue(AggregateStatus.Censored, null, lower, upper, null);
    }
}
