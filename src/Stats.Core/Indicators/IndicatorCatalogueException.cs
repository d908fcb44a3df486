namespace Stats.Core.Indicators;

/// <summary>A definition file or the dimension registry is invalid; the message names the file and the field.</summary>
public sealed class IndicatorCatalogueException(string message) : Exception(message);
