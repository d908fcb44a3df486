using Stats.Warehouse.Exports.Formats;

namespace Stats.Warehouse.Exports;

/// <summary>The export formats, in the order `stats export --help` and GET /exports list them.</summary>
public static class ExportFormats
{
    public static readonly IReadOnlyList<IExportFormat> All =
    [
        new SdmxCsvExport(),
        new EurostatExport(),
        new GlotipExport(),
        new GretaExport(),
        new ParquetExport(),
        new ArrowExport(),
        new CsvExport(),
        new XlsxExport(),
    ];

    public static IExportFormat Find(string? id) =>
        All.FirstOrDefault(f => string.Equals(f.Id, id?.Trim(), StringComparison.OrdinalIgnoreCase))
        ?? throw new ExportRequestException($"Unknown export format '{id}'; use one of {string.Join(", ", All.Select(f => f.Id))}.");
}
