namespace Stats.Etl.Synthetic;

/// <summary>Distinct offender keys per justice stage in the year, and distinct cases per stage.</summary>
public sealed record JusticeTruth(
    int SuspectedPersons, int ProsecutedPersons, int ConvictedPersons, int FinalConvictedPersons, int AcquittedPersons, JusticeStageCounts Cases);
