using System.Globalization;
using DuckDB.NET.Data;
using Stats.Warehouse.Indicators;

namespace Stats.Warehouse.Exports;

/// <summary>
/// Everything a format needs for one export: the read-only snapshot, the vintage, role and creation time to record, the
/// selected cubes and years, the vintage's dimensions and code lists, the staging folder to write into and the folder of
/// export definitions kept as data (sql/exports).
/// </summary>
public sealed class ExportContext
{
    private readonly List<(string Path, string? Indicator, long? Rows)> files = [];

    internal ExportContext(
        DuckDBConnection snapshot, ExportVintage vintage, DateTimeOffset createdAt, IndicatorRole role, string format,
        IReadOnlyList<ExportCube> cubes, IReadOnlyList<int> years, IReadOnlyList<ExportDimension> dimensions, IReadOnlyList<ExportCode> codes,
        string directory, string definitionsDirectory)
    {
        Snapshot = snapshot;
        Vintage = vintage;
        CreatedAt = createdAt;
        Role = role;
        Format = format;
        Cubes = cubes;
        Years = years;
        Dimensions = dimensions;
        Codes = codes;
        Directory = directory;
        DefinitionsDirectory = definitionsDirectory;
    }

    public DuckDBConnection Snapshot { get; }
    public ExportVintage Vintage { get; }
    public DateTimeOffset CreatedAt { get; }
    public IndicatorRole Role { get; }
    public string Format { get; }

    /// <summary>The requested indicators' cubes, by indicator id.</summary>
    public IReadOnlyList<ExportCube> Cubes { get; }

    /// <summary>The exported reference years, ascending (the requested ones, else every year of the vintage).</summary>
    public IReadOnlyList<int> Years { get; }

    /// <summary>Every dimension of the vintage's registry, in registry order.</summary>
    public IReadOnlyList<ExportDimension> Dimensions { get; }

    /// <summary>Every code of every dimension (ind_code), in registry order; '_T' is not among them.</summary>
    public IReadOnlyList<ExportCode> Codes { get; }

    /// <summary>The staging folder: write every file under it.</summary>
    public string Directory { get; }

    /// <summary>sql/exports: table layouts of the monitoring bodies' formats, kept as data.</summary>
    public string DefinitionsDirectory { get; }

    public string RoleWord => Role == IndicatorRole.Analyst ? "analyst" : "public";

    internal IReadOnlyList<(string Path, string? Indicator, long? Rows)> Files => files;

    /// <summary>Creates (or replaces) a file under the staging folder, making its folders, and records it for metadata.json.</summary>
    public FileStream CreateFile(string relativePath, string? indicator = null, long? rows = null)
    {
        var path = PathOf(relativePath);
        System.IO.Directory.CreateDirectory(System.IO.Path.GetDirectoryName(path)!);
        var stream = new FileStream(path, FileMode.Create, FileAccess.Write, FileShare.None, 1 << 16, useAsync: true);
        Record(relativePath, indicator, rows);
        return stream;
    }

    /// <summary>Records a file a format wrote by other means (DuckDB COPY), or updates the row count of one already recorded.</summary>
    public void Record(string relativePath, string? indicator, long? rows)
    {
        var normalised = relativePath.Replace('\\', '/');
        files.RemoveAll(f => f.Path == normalised);
        files.Add((normalised, indicator, rows));
    }

    /// <summary>The absolute path of a file under the staging folder; refuses paths that leave it.</summary>
    public string PathOf(string relativePath)
    {
        var full = System.IO.Path.GetFullPath(System.IO.Path.Combine(Directory, relativePath));
        if (!full.StartsWith(System.IO.Path.GetFullPath(Directory) + System.IO.Path.DirectorySeparatorChar, StringComparison.Ordinal))
        {
            throw new InvalidOperationException($"Export file '{relativePath}' would be written outside the export folder.");
        }

        return full;
    }

    /// <summary>
    /// The provenance every format embeds where it can (Parquet key-value metadata, Arrow schema metadata, workbook
    /// properties, SDMX header), with the same keys as metadata.json.
    /// </summary>
    public IReadOnlyList<KeyValuePair<string, string>> Provenance() =>
    [
        new("stats.vintage", Vintage.Id.ToString(CultureInfo.InvariantCulture)),
        new("stats.published_at", Vintage.PublishedAt.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture)),
        new("stats.created_at", CreatedAt.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture)),
        new("stats.role", RoleWord),
        new("stats.format", Format),
        new("stats.reporting_country", Vintage.ReportingCountry),
        new("stats.disclosure", DisclosureNote),
    ];

    /// <summary>What the reader of this export must know about disclosure control.</summary>
    public string DisclosureNote => Role == IndicatorRole.Analyst
        ? "ANALYST EXPORT, NOT FOR PUBLICATION: unprotected values; CONF_STATUS shows the cells a public export suppresses (C primary, D secondary)."
        : "Public export: disclosure control applied; a suppressed cell has no value, only flag c and CONF_STATUS C (primary) or D (secondary).";
}
