namespace Stats.Etl.Synthetic;

/// <summary>A synthetic suspect: linkage key and the attributes every justice agency records the same way.</summary>
internal sealed record Offender(int Number, string Key, string Sex, int Age, string Citizenship);
