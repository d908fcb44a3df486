namespace Stats.Etl.Synthetic;

/// <summary>One person in one case as it moves through the justice stages of the year (null = stage not reached).</summary>
internal sealed record CaseSuspect(Offender Offender, DateOnly SuspectedOn, DateOnly? IndictedOn, CourtDecision? Decision);
