using System.Globalization;

namespace Stats.Core.Tests.Estimation;

/// <summary>
/// Estimates of one scenario over many simulated populations of known size: mean, relative bias, interval coverage and
/// how often a selection rule chose a given model, with the Monte Carlo standard errors that say how far to trust them.
/// </summary>
internal sealed class SimulationRun(string scenario, int population)
{
    private readonly List<double> totals = [];
    private readonly Dictionary<string, int> models = new(StringComparer.Ordinal);
    private int covered;
    private int withInterval;
    private int selected;

    public int Runs => totals.Count;

    public double Mean => totals.Average();

    public double RelativeBias => (Mean - population) / population;

    /// <summary>Standard error of the relative bias: SD of the estimates / √runs, over N.</summary>
    public double RelativeBiasError => Math.Sqrt(totals.Sum(t => (t - Mean) * (t - Mean)) / (Runs - 1) / Runs) / population;

    public double Coverage => withInterval == 0 ? double.NaN : (double)covered / withInterval;

    public double SelectionRate => (double)selected / Runs;

    public void Add(double total, (double Lower, double Upper)? interval = null, string? model = null, bool chosen = false)
    {
        totals.Add(total);
        if (model is not null)
        {
            models[model] = models.GetValueOrDefault(model) + 1;
        }

        if (interval is { } i)
        {
            withInterval++;
            covered += i.Lower <= population && population <= i.Upper ? 1 : 0;
        }

        selected += chosen ? 1 : 0;
    }

    public override string ToString()
    {
        var coverage = withInterval == 0 ? "–" : Coverage.ToString("0.0%", CultureInfo.InvariantCulture);
        var text = string.Create(CultureInfo.InvariantCulture,
            $"{scenario}: N = {population}, runs {Runs}, mean estimate {Mean:F1}, relative bias {RelativeBias:+0.00%;-0.00%} (± {RelativeBiasError:0.00%} s.e.), coverage {coverage}");
        if (models.Count == 0)
        {
            return text;
        }

        var chosen = models.OrderByDescending(m => m.Value).Take(4).Select(m => string.Create(CultureInfo.InvariantCulture, $"{m.Key} ×{m.Value}"));
        return string.Create(CultureInfo.InvariantCulture, $"{text}, selection rate {SelectionRate:0.0%}; models chosen: {string.Join("; ", chosen)}");
    }
}
