namespace Stats.Benchmarks.Exports;

/// <summary>One format's timed runs (seconds): DuckDB's COPY, for parquet also COPY … PARTITION_BY ("Year"), and the export.</summary>
internal sealed record ExportFormatMeasurement(
    string Format,
    long Cells,
    int Files,
    double Megabytes,
    IReadOnlyList<double> ReferenceSeconds,
    IReadOnlyList<double>? PartitionedSeconds,
    IReadOnlyList<double> ExportSeconds);
