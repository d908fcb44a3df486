namespace Stats.Warehouse.Indicators;

/// <summary>A request the catalogue cannot answer (unknown id, breakdown not allowed, table not published); the message says why.</summary>
public sealed class IndicatorRequestException(string message) : Exception(message);
