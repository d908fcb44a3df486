namespace Stats.Etl.Synthetic;

/// <summary>How many distinct persons appear on exactly this combination of agency lists (codes sorted ordinally).</summary>
public sealed record AgencyOverlap(IReadOnlyList<string> Agencies, int Persons);
