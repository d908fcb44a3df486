using Stats.Benchmarks.Estimation;
using Stats.Core.Estimation;

namespace Stats.Benchmarks.Report;

/// <summary>
/// Issue 9: fitting and selecting multiple systems estimation models for 6 and 10 lists against one bare IRLS fit
/// (BenchmarkDotNet), with the simulated tables' own figures (seen, empty cells, chosen model, estimate) computed here.
/// </summary>
internal sealed class MseSection : IReportSection
{
    private static readonly int[] Sizes = [6, 10];

    public string Id => "mse";
    public string Title => "Issue 9: multiple systems estimation — fit and select for 6 and 10 lists";
    public IReadOnlyList<Type> BenchmarkClasses => [typeof(MseBenchmarks)];

    public Task<SectionMeasurement> MeasureAsync(ReportContext context, CancellationToken ct)
    {
        var figures = new Dictionary<string, string> { ["population"] = Figure.Of(SimulatedOverlap.Population) };
        foreach (var lists in Sizes)
        {
            // The same tables the benchmark draws in its set-up (same seed).
            var table = SimulatedOverlap.Draw(lists, seed: 2025);
            var design = DesignMatrix.Build(lists, [], withUnobservedCell: false);
            var estimate = MultipleSystemsEstimator.Estimate(table);
            var considered = ModelSelector.Select(table, EstimationOptions.Default).Considered.Count;
            figures[$"seen_{lists}"] = Figure.Of(table.Observed);
            figures[$"empty_{lists}"] = Figure.Of(design.Cells.Count(c => table[c] == 0));
            figures[$"cells_{lists}"] = Figure.Of(design.Cells.Length);
            figures[$"chosen_{lists}"] = estimate.Model.Name;
            figures[$"estimate_{lists}"] = $"{Figure.Of(estimate.Total, "N0")} ({Figure.Of(estimate.Lower, "N0")}–{Figure.Of(estimate.Upper, "N0")})";
            figures[$"considered_{lists}"] = Figure.Of(considered);
        }

        var cases = BenchmarkDotNetRun.Run(typeof(MseBenchmarks), context.ArtifactsPath, context.Quick);
        var timing = BenchmarkDotNetCase.Table("mse", cases);
        figures["warmup_s"] = Figure.Of(MseBenchmarks.WarmUpSeconds, "N1");
        foreach (var lists in Sizes)
        {
            var group = cases.Where(c => c.Parameters.Any(p => p.Key == nameof(MseBenchmarks.Lists) && p.Value == lists.ToString(System.Globalization.CultureInfo.InvariantCulture))).ToList();
            var fit = group.Single(c => c.Baseline);
            var selection = group.Single(c => c.Method == nameof(MseBenchmarks.Selection));
            var estimate = group.Single(c => c.Method == nameof(MseBenchmarks.Estimate));
            var checkedFit = group.Single(c => c.Method == nameof(MseBenchmarks.CheckedFit));
            figures[$"estimate_ms_{lists}"] = Figure.Of(estimate.MeanSeconds * 1000, estimate.MeanSeconds < 0.01 ? "N1" : "N0");
            figures[$"selection_ms_{lists}"] = Figure.Of(selection.MeanSeconds * 1000, selection.MeanSeconds < 0.01 ? "N2" : "N0");
            figures[$"interval_ms_{lists}"] = Figure.Of((estimate.MeanSeconds - selection.MeanSeconds) * 1000, "N1");
            figures[$"interval_fits_{lists}"] = Figure.Of((estimate.MeanSeconds - selection.MeanSeconds) / fit.MeanSeconds, "N0");
            figures[$"selection_fits_{lists}"] = Figure.Of(selection.MeanSeconds / fit.MeanSeconds, "N0");
            figures[$"checked_ratio_{lists}"] = Figure.Of(checkedFit.MeanSeconds / fit.MeanSeconds);
            figures[$"fit_us_{lists}"] = Figure.Of(fit.MeanSeconds * 1e6, "N0");
            figures[$"bootstrap_s_{lists}"] = Figure.Of(999 * checkedFit.MeanSeconds, "N2");
        }

        return Task.FromResult(new SectionMeasurement { Timings = [timing], Figures = figures });
    }
}
