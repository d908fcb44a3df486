namespace Stats.Benchmarks.Report;

/// <summary>Issue 2: intake throughput against DuckDB's read_csv (BenchmarkDotNet), and the peak memory by file size (child processes).</summary>
internal sealed class IntakeSection : IReportSection
{
    public string Id => "intake";
    public string Title => "Issue 2: intake of police-victim registrations from CSV";
    public IReadOnlyList<Type> BenchmarkClasses => [typeof(IntakeThroughputBenchmarks)];

    public async Task<SectionMeasurement> MeasureAsync(ReportContext context, CancellationToken ct)
    {
        var cases = BenchmarkDotNetRun.Run(typeof(IntakeThroughputBenchmarks), context.ArtifactsPath, context.Quick);
        var reference = cases.Single(c => c.Baseline);
        var intake = cases.Single(c => c.Method == nameof(IntakeThroughputBenchmarks.Intake));
        IReadOnlyList<int> sizes = context.Quick ? [100_000, 250_000] : [250_000, 1_000_000, 2_000_000];
        var limited = await MemoryProbe.MeasureAsync(sizes, "512MB");
        var unlimited = await MemoryProbe.MeasureAsync(sizes, "2GB");
        var figures = new Dictionary<string, string>
        {
            ["rows"] = intake.Parameters.Single(p => p.Key == "Rows").Value is var rows && long.TryParse(rows, out var n) ? Figure.Of(n) : rows,
            ["intake_percent"] = Figure.Of(reference.MeanSeconds / intake.MeanSeconds * 100, "N0"),
            ["intake_ratio"] = Figure.Of(intake.MeanSeconds / reference.MeanSeconds),
            ["intake_allocated_mb"] = Figure.Of((intake.AllocatedBytes ?? 0) / 1048576.0, "N1"),
            ["memory_sizes"] = string.Join(' ', sizes),
            ["memory_from_rows"] = Figure.Of(limited[^2].Rows),
            ["memory_to_rows"] = Figure.Of(limited[^1].Rows),
            ["memory_growth_limited_mb"] = Figure.Of(limited[^1].PeakMegabytes - limited[^2].PeakMegabytes, "N0"),
            ["memory_growth_limited_percent"] = Figure.Of((limited[^1].PeakMegabytes / limited[^2].PeakMegabytes - 1) * 100, "N0"),
            ["memory_growth_default_mb"] = Figure.Of(unlimited[^1].PeakMegabytes - unlimited[^2].PeakMegabytes, "N0"),
            ["memory_peak_limited_mb"] = Figure.Of(limited.Max(r => r.PeakMegabytes), "N0"),
            ["memory_peak_default_mb"] = Figure.Of(unlimited.Max(r => r.PeakMegabytes), "N0"),
        };
        return new SectionMeasurement
        {
            Timings = [BenchmarkDotNetCase.Table("intake", cases, "Rows", "Rows/s")],
            Tables = [MemoryProbe.Table("memory_512mb", limited), MemoryProbe.Table("memory_2gb", unlimited)],
            Figures = figures,
        };
    }
}
