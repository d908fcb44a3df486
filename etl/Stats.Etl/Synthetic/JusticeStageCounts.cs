namespace Stats.Etl.Synthetic;

/// <summary>Distinct cases reaching each justice stage (a case counts at a stage if any of its persons does).</summary>
public sealed record JusticeStageCounts(int Suspected, int Prosecuted, int Convicted, int FinalConvicted, int Acquitted);
