using MathNet.Numerics.Distributions;

namespace Stats.Core.Estimation;

/// <summary>
/// Seeded parametric bootstrap: each replicate draws every observed cell from a Poisson distribution with the chosen
/// model's fitted mean, refits the same model and keeps its total; the interval is the percentiles of those totals.
/// The same seed gives the same interval on every machine (System.Random with a seed is deterministic).
/// </summary>
internal static class ParametricBootstrap
{
    public static (double Lower, double Upper, int Failed) Interval(OverlapTable table, ModelFit model, EstimationOptions options)
    {
        var random = new Random(options.Seed);
        var cells = Enumerable.Range(1, table.CellCount - 1).ToArray();
        var totals = new List<double>(options.BootstrapReplicates);
        var failed = 0;
        for (var r = 0; r < options.BootstrapReplicates; r++)
        {
            var persons = new Dictionary<int, long>();
            for (var i = 0; i < cells.Length; i++)
            {
                persons[cells[i]] = Poisson.Sample(random, model.Fitted[i]);
            }

            var replicate = new OverlapTable(table.Lists, persons);
            var fit = LogLinearFitter.TryFit(replicate, model.Terms);
            if (fit.Usable)
            {
                totals.Add(fit.Fit!.Total);
            }
            else
            {
                failed++;
            }
        }

        totals.Sort();
        var alpha = 1 - options.Confidence;
        return totals.Count == 0
            ? (double.NaN, double.NaN, failed)
            : (Percentile(totals, alpha / 2), Percentile(totals, 1 - (alpha / 2)), failed);
    }

    /// <summary>Linear interpolation between order statistics (type 7, R's default quantile).</summary>
    private static double Percentile(List<double> sorted, double p)
    {
        var h = (sorted.Count - 1) * p;
        var low = (int)Math.Floor(h);
        var high = Math.Min(low + 1, sorted.Count - 1);
        return sorted[low] + ((h - low) * (sorted[high] - sorted[low]));
    }
}
