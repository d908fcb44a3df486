using Stats.Benchmarks.Report;

namespace Stats.Benchmarks.Packs;

/// <summary>The timed runs of each phase of the monthly pack (milliseconds per run), and what was rendered.</summary>
internal sealed record PackMeasurement(
    int Recipients,
    int Indicators,
    int Charts,
    long Cells,
    long MessageBytes,
    IReadOnlyList<double> ReferenceMs,
    IReadOnlyList<double> SummaryMs,
    IReadOnlyList<double> ContentMs,
    IReadOnlyList<double> DeliverMs,
    IReadOnlyList<double> TotalMs)
{
    /// <summary>Phase | Mean | StdDev | Ratio (against DuckDB reading the cells) | Median.</summary>
    public TimingTable Table() => new()
    {
        Name = "pack",
        Columns = ["Median"],
        Cases =
        [
            Case("Reference: DuckDB reads every cell of the pack's indicators", ReferenceMs, reference: true),
            Case("Summary of both roles (headline, moves, late sources)", SummaryMs),
            Case($"Pack content of both roles (summary + {Charts} charts read and rendered to PNG and SVG)", ContentMs),
            Case($"{Recipients} messages built and written to the outbox", DeliverMs),
            Case("Whole monthly pack for all recipients (content + messages)", TotalMs),
        ],
    };

    public static double Median(IReadOnlyList<double> values)
    {
        var sorted = values.Order().ToList();
        return sorted.Count % 2 == 1 ? sorted[sorted.Count / 2] : (sorted[(sorted.Count / 2) - 1] + sorted[sorted.Count / 2]) / 2;
    }

    private static TimedCase Case(string phase, IReadOnlyList<double> ms, bool reference = false) =>
        SampleStatistics.Case(phase, ms.Select(m => m / 1000).ToList(), reference,
            new Dictionary<string, string> { ["Median"] = TimeUnit.For(Median(ms) / 1000).Format(Median(ms) / 1000) });
}
