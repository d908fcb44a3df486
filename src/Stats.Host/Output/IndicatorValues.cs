namespace Stats.Host.Output;

/// <summary>The flag legend the `stats indicator` command prints under a table (values: <see cref="Stats.Warehouse.Indicators.IndicatorValueText"/>).</summary>
internal static class IndicatorValues
{
    public const string FlagLegend = "Flags: b break in series, c confidential, e estimated, p provisional, r revised, z not applicable.";
}
