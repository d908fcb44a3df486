namespace Stats.Core.Indicators;

/// <summary>A rate: the cells of <see cref="Numerator"/> divided by the population seed (the only denominator so far).</summary>
public sealed record RateSpec(string Numerator, string Denominator)
{
    /// <summary>Breakdowns the population table has: a rate can only be published for tables within these.</summary>
    public static IReadOnlyList<string> PopulationDimensions { get; } = ["sex", "age_group", "region"];
}
