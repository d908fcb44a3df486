namespace Stats.Warehouse.Reports;

/// <summary>
/// One consistency finding of a loaded aggregate return: which check, which period and cell, the delivered value and
/// what it should have been (sum of its parts, or the previous delivery's value for a revision).
/// </summary>
public sealed record AggregateFindingRow(
    long LoadBatchKey,
    string ContractId,
    string FileName,
    string CheckCode,
    string Period,
    string Coordinates,
    double? Stated,
    double? Expected,
    long? RecordNumber,
    string? ColumnName,
    string Message,
    bool IsCurrent);
