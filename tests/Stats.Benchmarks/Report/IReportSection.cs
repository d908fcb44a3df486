namespace Stats.Benchmarks.Report;

/// <summary>
/// One section of RESULTS.md: an issue's benchmarks, how to measure them, and its prose template (Report/&lt;Id&gt;.md).
/// Every BenchmarkDotNet class of the assembly belongs to exactly one section's <see cref="BenchmarkClasses"/> (tested).
/// </summary>
internal interface IReportSection
{
    /// <summary>Short name for `report --only`, the template's and the stored results' file names.</summary>
    string Id { get; }

    string Title { get; }

    /// <summary>The BenchmarkDotNet classes this section runs.</summary>
    IReadOnlyList<Type> BenchmarkClasses { get; }

    Task<SectionMeasurement> MeasureAsync(ReportContext context, CancellationToken ct);
}
