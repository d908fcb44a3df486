namespace Stats.Catalog.Recording;

/// <summary>
/// A load batch as the warehouse's lineage table (meta_load_batch) knows it. Reconciliation asks the
/// warehouse for one by content hash, because a delivery interrupted before it finished never learnt
/// its batch key; the catalog does not reference the warehouse, so the caller supplies the lookup.
/// </summary>
public sealed record WarehouseBatch(
    long LoadBatchKey,
    long RowsRead,
    long RowsLoaded,
    long RowsQuarantined,
    IReadOnlyList<QuarantineRow> Quarantine);
