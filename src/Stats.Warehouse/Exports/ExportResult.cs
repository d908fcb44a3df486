namespace Stats.Warehouse.Exports;

/// <summary>A finished export: where it is, what it holds, and when and for whom it was made.</summary>
public sealed record ExportResult(
    string Format, ExportVintage Vintage, string Role, DateTimeOffset CreatedAt, string Directory,
    IReadOnlyList<string> Indicators, IReadOnlyList<int> Years, IReadOnlyList<ExportFile> Files, string? SingleFile);
