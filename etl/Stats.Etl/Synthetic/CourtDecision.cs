namespace Stats.Etl.Synthetic;

/// <summary>A first-instance decision: Stage PER_CNV (guilty) or PER_ACQ (acquitted), with sentence and compensation for convictions.</summary>
internal sealed record CourtDecision(string Stage, DateOnly Date, bool IsFinal, string? SentenceType, int? SentenceMonths, decimal? CompensationEur);
