namespace Stats.Catalog.Entities;

/// <summary>
/// One delivered file and what intake did with it. A row is written when intake starts, so a crash
/// leaves it <see cref="DeliveryStatus.Running"/> for reconciliation. Source and contract are plain
/// codes, not foreign keys: a refused file is recorded even when its source was never upserted.
/// </summary>
public sealed class Delivery
{
    public long Id { get; init; }
    public required string ContractId { get; init; }
    public required string SourceCode { get; init; }
    public required string FileName { get; init; }
    public required string ContentSha256 { get; init; }
    public DateTimeOffset ReceivedAt { get; init; }
    public DateTimeOffset? FinishedAt { get; internal set; }
    public DeliveryStatus Status { get; internal set; }

    /// <summary>Refusal code from the intake rules (e.g. <c>identifying_column</c>); null unless refused or duplicate.</summary>
    public string? RefusalReason { get; internal set; }

    public string? Message { get; internal set; }
    public long? LoadBatchKey { get; internal set; }
    public long? DuplicateOfBatchKey { get; internal set; }
    public long RowsRead { get; internal set; }
    public long RowsLoaded { get; internal set; }
    public long RowsQuarantined { get; internal set; }
    public List<QuarantineSummary> Quarantine { get; init; } = [];
}
