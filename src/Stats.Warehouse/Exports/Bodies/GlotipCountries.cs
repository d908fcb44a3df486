namespace Stats.Warehouse.Exports.Bodies;

/// <summary>The countries table of glotip.json.</summary>
public sealed record GlotipCountries(string? Note, IReadOnlyList<GlotipCountry> List);
