using System.Globalization;
using Stats.Benchmarks.Report;

namespace Stats.Benchmarks.Exports;

/// <summary>The export benchmark of one vintage: every format measured, and the formats this build lacks.</summary>
internal sealed record ExportMeasurement(string VintageId, IReadOnlyList<ExportFormatMeasurement> Formats, IReadOnlyList<string> Unavailable)
{
    public const string PartitionedSuffix = ", layout of the export";

    /// <summary>
    /// Per format (the group): DuckDB's COPY (the reference) and the export; for parquet a second group against COPY with
    /// PARTITION_BY ("Year"), the export's own layout, with the same export runs. Cells/s from the cells each run writes.
    /// </summary>
    public TimingTable Table() => new()
    {
        Name = "exports",
        GroupHeader = "Format",
        ThroughputHeader = "Cells/s",
        Columns = ["Cells", "Files", "MB"],
        Cases = Formats.SelectMany(Cases).ToList(),
    };

    private static IEnumerable<TimedCase> Cases(ExportFormatMeasurement f)
    {
        var written = new Dictionary<string, string>
        {
            ["Cells"] = f.Cells.ToString("N0", CultureInfo.InvariantCulture),
            ["Files"] = f.Files.ToString("N0", CultureInfo.InvariantCulture),
            ["MB"] = f.Megabytes.ToString("N1", CultureInfo.InvariantCulture),
        };
        var copy = f.Format == "parquet" ? "FORMAT parquet" : "FORMAT csv";
        yield return SampleStatistics.Case($"DuckDB COPY … ({copy}), one file per indicator (reference)", f.ReferenceSeconds, true, group: f.Format, units: f.Cells);
        yield return SampleStatistics.Case("Export (Exporter.ExportAsync)", f.ExportSeconds, false, written, f.Format, f.Cells);
        if (f.PartitionedSeconds is { } partitioned)
        {
            var group = f.Format + PartitionedSuffix;
            yield return SampleStatistics.Case($"DuckDB COPY … ({copy}, PARTITION_BY (\"Year\")) (reference)", partitioned, true, group: group, units: f.Cells);
            yield return SampleStatistics.Case("Export (the same runs)", f.ExportSeconds, false, group: group, units: f.Cells);
        }
    }
}
