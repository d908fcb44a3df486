using Stats.Catalog.Entities;

namespace Stats.Catalog.Recording;

/// <summary>What intake reports when a delivery ends, whatever the outcome.</summary>
public sealed record DeliveryResult(
    DeliveryStatus Status,
    string? RefusalReason,
    string Message,
    long? LoadBatchKey,
    long? DuplicateOfBatchKey,
    long RowsRead,
    long RowsLoaded,
    long RowsQuarantined,
    IReadOnlyList<QuarantineRow> Quarantine);
