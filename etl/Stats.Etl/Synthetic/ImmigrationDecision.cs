namespace Stats.Etl.Synthetic;

/// <summary>An immigration decision with canonical codes (immigration_decision_type, decision_outcome, permit_ground).</summary>
internal sealed record ImmigrationDecision(string Kind, string Outcome, string? Ground, DateOnly Date);
