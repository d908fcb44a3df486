using System.Globalization;
using Stats.Benchmarks.Packs;

namespace Stats.Benchmarks.Report;

/// <summary>Issue 6: the whole monthly pack for all recipients, by phase, against DuckDB reading the pack's cells (a Stopwatch harness).</summary>
internal sealed class PackSection : IReportSection
{
    public string Id => "pack";
    public string Title => "Issue 6: the monthly pack";
    public IReadOnlyList<Type> BenchmarkClasses => [];

    public async Task<SectionMeasurement> MeasureAsync(ReportContext context, CancellationToken ct)
    {
        var (recipients, runs) = context.Quick ? (4, 2) : (20, 5);
        var pack = await PackRenderRun.MeasureAsync(recipients, runs, ct);
        var table = pack.Table();
        var figures = new Dictionary<string, string>
        {
            ["recipients"] = recipients.ToString(CultureInfo.InvariantCulture),
            ["runs"] = runs.ToString(CultureInfo.InvariantCulture),
            ["indicators"] = pack.Indicators.ToString(CultureInfo.InvariantCulture),
            ["charts"] = pack.Charts.ToString(CultureInfo.InvariantCulture),
            ["cells"] = Figure.Of(pack.Cells),
            ["message_mib"] = Figure.Of(pack.MessageBytes / 1048576.0, "N1"),
            ["total_s"] = Figure.Of(pack.TotalMs.Average() / 1000),
            ["per_recipient_ms"] = Figure.Of(pack.DeliverMs.Average() / recipients, "N0"),
            ["summary_per_role_ms"] = Figure.Of(pack.SummaryMs.Average() / 2, "N0"),
            ["content_share_percent"] = Figure.Of(pack.ContentMs.Average() / pack.TotalMs.Average() * 100, "N0"),
        };
        return new SectionMeasurement { Timings = [table], Figures = figures };
    }
}
