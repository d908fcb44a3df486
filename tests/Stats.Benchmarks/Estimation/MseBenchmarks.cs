using System.Diagnostics;
using BenchmarkDotNet.Attributes;
using Stats.Benchmarks.OData;
using Stats.Core.Estimation;

namespace Stats.Benchmarks.Estimation;

/// <summary>
/// Time to fit and select multiple systems estimation models (issue 9) for 6 and for 10 lists on a seeded simulated table
/// (<see cref="SimulatedOverlap"/>), against one bare IRLS fit of the independence model on the same table: the ratio of
/// the default estimate (BIC stepwise selection + profile-likelihood interval) reads as its cost in single fits.
/// </summary>
[MemoryDiagnoser]
[WarmupCount(3)]
[IterationCount(15)]
[InvocationCount(64)]
public class MseBenchmarks
{
    private OverlapTable? _table;
    private DesignMatrix? _design;
    private double[] _observed = [];

    [Params(6, 10)]
    public int Lists { get; set; }

    [GlobalSetup]
    public void DrawTable()
    {
        MachineLoad.Print("before");
        _table = SimulatedOverlap.Draw(Lists, seed: 2025);
        _design = DesignMatrix.Build(Lists, [], withUnobservedCell: false);
        _observed = [.. _design.Cells.Select(c => (double)_table[c])];
        var chosen = MultipleSystemsEstimator.Estimate(_table);

        // Tiered JIT promotes a method after 30 calls and a pause: run the fitting code for half a second first, or the
        // first case measured (a 70 µs fit) runs partly on tier-0 code (seen as a bimodal baseline).
        var clock = Stopwatch.StartNew();
        while (clock.ElapsedMilliseconds < 500)
        {
            IrlsFit();
            CheckedFit();
            Selection();
        }

        Console.WriteLine($"// {Lists} lists: {_table.Observed} of {SimulatedOverlap.Population} seen, {_design.Cells.Count(c => _table[c] == 0)} of {_design.Cells.Length} cells empty; " +
            $"chosen {chosen.Model.Name}, total {chosen.Total:F0} ({chosen.Lower:F0}–{chosen.Upper:F0}), {chosen.Alternatives.Count} other models fitted");
    }

    [GlobalCleanup]
    public void PrintLoad() => MachineLoad.Print("after");

    [Benchmark(Baseline = true, Description = "One IRLS fit, independence model (reference)")]
    public double IrlsFit() => PoissonRegression.Fit(_design!, _observed).Deviance;

    [Benchmark(Description = "LogLinearFitter.Fit, independence (rank check + IRLS)")]
    public double CheckedFit() => LogLinearFitter.Fit(_table!, []).Total;

    [Benchmark(Description = "BIC stepwise selection")]
    public double Selection() => ModelSelector.Select(_table!, EstimationOptions.Default).Chosen.Total;

    [Benchmark(Description = "Estimate: BIC stepwise + profile interval (default)")]
    public double Estimate() => MultipleSystemsEstimator.Estimate(_table!).Upper;
}
