namespace Stats.Warehouse.Reports;

/// <summary>Distinct persons and distinct cases with a decision at a legal stage in the year.</summary>
public sealed record JusticeStageCount(string StageCode, long Persons, long Cases);
