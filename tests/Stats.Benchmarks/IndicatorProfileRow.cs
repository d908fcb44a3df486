namespace Stats.Benchmarks;

/// <summary>One indicator of a profiled build: unit rows, cells and suppressions, and where its time went (seconds; null where it does not apply).</summary>
internal sealed record IndicatorProfileRow(
    string Id,
    string Measure,
    long? UnitRows,
    long Cells,
    long Primary,
    long Secondary,
    double? UnitSeconds,
    double CubeSeconds,
    double? ProtectionSeconds,
    double? BareSeconds);
