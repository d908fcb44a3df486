namespace Stats.Warehouse.Exports;

/// <summary>
/// One export format. It writes its files under <see cref="ExportContext.Directory"/> (a staging folder the exporter
/// publishes atomically) and records each with <see cref="ExportContext.CreateFile"/> or <see cref="ExportContext.Record"/>; the exporter adds metadata.json.
/// </summary>
public interface IExportFormat
{
    /// <summary>The id used on the command line and in /exports/{id}, lower case (e.g. sdmx-csv).</summary>
    string Id { get; }

    /// <summary>One line for `stats export --help` and the API's format list.</summary>
    string Description { get; }

    /// <summary>
    /// The one data file the format produces (e.g. greta.xlsx), which the API streams as it is; null when the format
    /// writes several files (one per indicator, partitions), which the API streams as a zip of the export folder.
    /// </summary>
    string? SingleFile { get; }

    /// <summary>Media type of <see cref="SingleFile"/>.</summary>
    string MediaType { get; }

    Task WriteAsync(ExportContext context, CancellationToken ct);
}
