using Stats.Etl.Aggregates;

namespace Stats.Etl.Intake;

/// <summary>
/// The result of offering one file to intake. Refusals and duplicates are outcomes, not exceptions. Row counts
/// cover every entity the delivery produced (records and child rows): RowsRead = RowsLoaded + RowsQuarantined.
/// For an aggregate return the rows are its cells (none quarantined) and <see cref="Findings"/> its consistency findings.
/// </summary>
public sealed record IntakeOutcome(
    string FilePath,
    string ContractId,
    string SourceCode,
    string ContentSha256,
    IntakeStatus Status,
    string? RefusalReason,
    string Message,
    long? LoadBatchKey,
    long? DuplicateOfBatchKey,
    long RowsRead,
    long RowsLoaded,
    long RowsQuarantined,
    IReadOnlyList<QuarantineCount> Quarantine,
    DateTimeOffset ReceivedAt,
    TimeSpan Duration)
{
    /// <summary>Consistency findings recorded with an aggregate return's batch; empty for microdata.</summary>
    public IReadOnlyList<AggregateFinding> Findings { get; init; } = [];
}
