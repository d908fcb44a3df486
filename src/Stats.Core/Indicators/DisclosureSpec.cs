namespace Stats.Core.Indicators;

/// <summary>
/// An indicator's disclosure rule: the threshold rule with the configured k (or its own, stricter or looser k), or
/// none — allowed only for figures that describe no person (timeliness, completeness), with the reason stated.
/// </summary>
public sealed record DisclosureSpec(bool Threshold, int? K, string? Reason)
{
    public static DisclosureSpec Default { get; } = new(true, null, null);

    /// <summary>k to apply: the indicator's own, else the configured one.</summary>
    public int EffectiveK(int configuredK) => K ?? configuredK;
}
