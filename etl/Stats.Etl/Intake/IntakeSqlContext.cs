namespace Stats.Etl.Intake;

/// <summary>What every generated statement of one load needs besides its node.</summary>
internal sealed record IntakeSqlContext(
    long BatchKey,
    string SourceCode,
    string Today,
    string DateFormat,
    string Strptime,
    bool AcceptIsoDates);
