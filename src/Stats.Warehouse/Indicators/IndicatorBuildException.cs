namespace Stats.Warehouse.Indicators;

/// <summary>An indicator could not be built (its unit query failed or returned the wrong shape); names the indicator.</summary>
public sealed class IndicatorBuildException(string message, Exception? inner = null) : Exception(message, inner);
