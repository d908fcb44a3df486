namespace Stats.Warehouse.Exports.Bodies;

/// <summary>A reporting country as UNODC writes it: ISO codes, English name, and UNODC's region and subregion.</summary>
public sealed record GlotipCountry(string Iso2, string Iso3, string Name, string Region, string Subregion);
