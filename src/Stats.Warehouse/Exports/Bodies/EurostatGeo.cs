namespace Stats.Warehouse.Exports.Bodies;

/// <summary>Where Eurostat's geo code differs from the ISO 3166-1 alpha-2 code (Greece EL, United Kingdom UK).</summary>
public sealed record EurostatGeo(string? Note, IReadOnlyDictionary<string, string>? Exceptions);
