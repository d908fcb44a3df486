namespace Stats.Core.Indicators;

/// <summary>SDMX frequency of a published period: annual, quarterly, monthly.</summary>
public enum Frequency
{
    Annual,
    Quarterly,
    Monthly,
}
