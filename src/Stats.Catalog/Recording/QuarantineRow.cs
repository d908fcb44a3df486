namespace Stats.Catalog.Recording;

/// <summary>Rows of one delivery that one rule quarantined on one column.</summary>
public sealed record QuarantineRow(string Entity, string RuleCode, string ColumnName, long Rows);
