namespace Stats.Hardening.Tests.Concurrency;

/// <summary>A set read to its end by following next links: the vintage every page named, the role, and the rows (cell key → value).</summary>
internal sealed record PageSequence(int Vintage, bool Analyst, int Pages, IReadOnlyDictionary<string, double?> Rows);
