namespace Stats.Etl.Intake;

/// <summary>Row counts of one load batch over all its entities.</summary>
internal sealed record LoadCounts(long BatchKey, long Read, long Loaded, long Quarantined, IReadOnlyList<QuarantineCount> Quarantine);
