using MathNet.Numerics.Distributions;

namespace Stats.Core.Estimation;

/// <summary>
/// Seeded parametric bootstrap (Buckland and Garthwaite 1991): each replicate draws a whole population from the chosen
/// model — every cell, the unobserved one included, from a Poisson distribution with its fitted mean — refits the same
/// model to the cells that replicate would have seen, and keeps the error of its estimate against that replicate's own
/// total. The interval is the estimate plus the percentiles of those errors.
/// <para>
/// The unobserved cell is drawn, and the error taken against the replicate's total, because the interval is for the number
/// of persons in this population, not for the Poisson mean behind it: redrawing only the observed cells and taking
/// percentiles of the refitted totals adds the variance of the population size itself (about N, Cormack and Jupp 1991),
/// which made the interval over twice the profile interval's width with three lists of capture probability 0.5.
/// </para>
/// The same seed gives the same interval on every machine (System.Random with a seed is deterministic).
/// </summary>
internal static class ParametricBootstrap
{
    public static (double Lower, double Upper, int Failed) Interval(OverlapTable table, ModelFit model, EstimationOptions options)
    {
        var random = new Random(options.Seed);
        var cells = Enumerable.Range(1, table.CellCount - 1).ToArray();
        var errors = new List<double>(options.BootstrapReplicates);
        var failed = 0;
        for (var r = 0; r < options.BootstrapReplicates; r++)
        {
            var unseen = Poisson.Sample(random, model.Hidden);
            var persons = new Dictionary<int, long>();
            for (var i = 0; i < cells.Length; i++)
            {
                persons[cells[i]] = Poisson.Sample(random, model.Fitted[i]);
            }

            var replicate = new OverlapTable(table.Lists, persons);
            var fit = LogLinearFitter.TryFit(replicate, model.Terms);
            if (fit.Usable)
            {
                errors.Add(fit.Fit!.Total - (replicate.Observed + unseen));
            }
            else
            {
                failed++;
            }
        }

        errors.Sort();
        var alpha = 1 - options.Confidence;
        return errors.Count == 0
            ? (double.NaN, double.NaN, failed)
            : (Math.Max(table.Observed, model.Total + Percentile(errors, alpha / 2)), model.Total + Percentile(errors, 1 - (alpha / 2)), failed);
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
