namespace Stats.Etl.Synthetic;

/// <summary>A trafficking case with the reference each justice agency gives it, and its suspects.</summary>
internal sealed record JusticeCase(int Number, string PoliceRef, string ProsecutionFileNo, string CourtFileNo, string Form)
{
    public List<CaseSuspect> Suspects { get; } = [];
}
