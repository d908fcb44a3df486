namespace Stats.Etl.Synthetic;

/// <summary>
/// V08 ground truth: identification decisions in one period (Freq "A" with Period 0, or "Q" with Period 1–4) for an
/// age group (Y_GE18, Y_LT18, UNK or _T) and outcome (POSITIVE, NEGATIVE or _T).
/// </summary>
public sealed record IdentificationDecisionCount(string Freq, int Period, string AgeGroup, string Outcome, int Decisions);
