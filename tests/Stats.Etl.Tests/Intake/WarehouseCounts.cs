namespace Stats.Etl.Tests.Intake;

/// <summary>Row counts of everything intake writes, to show that a refused or failed load wrote nothing.</summary>
internal sealed record WarehouseCounts(long Victims, long Justice, long Assistance, long Immigration, long Quarantine, long Batches, long Organisations);
