namespace Stats.Warehouse.Exports;

/// <summary>One file of an export as metadata.json lists it: path relative to the export folder, data rows (null when not a table), size and SHA-256.</summary>
public sealed record ExportFile(string Path, string? Indicator, long? Rows, long Bytes, string Sha256);
