namespace Stats.Etl.Intake;

/// <summary>How many rows of one entity a load quarantined for one rule on one column.</summary>
public sealed record QuarantineCount(string Entity, string RuleCode, string ColumnName, long Rows);
