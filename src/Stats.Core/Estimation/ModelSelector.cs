using MathNet.Numerics.Distributions;

namespace Stats.Core.Estimation;

/// <summary>
/// Forward stepwise selection of two-list interactions, starting from the independence model: at each step every
/// interaction not yet in the model is tried; the best one (lowest AIC/BIC, or smallest likelihood-ratio p-value) is
/// added if it improves the criterion (or is significant); selection stops when none does. Models that cannot be
/// estimated (no shared person, separation, unbounded) are never chosen but are reported with the reason.
/// </summary>
internal static class ModelSelector
{
    public static (ModelFit Chosen, IReadOnlyList<ConsideredModel> Considered) Select(OverlapTable table, EstimationOptions options)
    {
        var considered = new Dictionary<string, ConsideredModel>(StringComparer.Ordinal);
        var current = FitOnce(considered, table, []);
        if (!current.Usable)
        {
            throw new EstimationRefusedException(RefusalReason.NoConvergence, $"the independence model cannot be fitted: {current.Rejected}");
        }

        var candidates = new List<Interaction>();
        for (var a = 0; a < table.ListCount; a++)
        {
            for (var b = a + 1; b < table.ListCount; b++)
            {
                candidates.Add(Interaction.Of(a, b));
            }
        }

        var chosen = current.Fit!;
        while (true)
        {
            ModelFit? best = null;
            var bestScore = double.PositiveInfinity;
            foreach (var term in candidates.Where(c => !chosen.Terms.Contains(c)))
            {
                var model = FitOnce(considered, table, [.. chosen.Terms, term]);
                if (!model.Usable)
                {
                    continue;
                }

                var score = Score(model.Fit!, chosen, options.Criterion);
                if (score < bestScore)
                {
                    (best, bestScore) = (model.Fit, score);
                }
            }

            if (best is null || !Improves(bestScore, chosen, options))
            {
                break;
            }

            chosen = best;
        }

        var chosenKey = Key(chosen.Terms);
        return (chosen, [.. considered.Where(c => !string.Equals(c.Key, chosenKey, StringComparison.Ordinal)).Select(c => c.Value)]);
    }

    /// <summary>Lower is better: the criterion itself, or the p-value of the likelihood-ratio test against the current model.</summary>
    private static double Score(ModelFit candidate, ModelFit current, SelectionCriterion criterion) => criterion switch
    {
        SelectionCriterion.Aic => candidate.Aic,
        SelectionCriterion.Bic => candidate.Bic,
        SelectionCriterion.Significance => PValue(current.Deviance - candidate.Deviance),
        _ => throw new ArgumentOutOfRangeException(nameof(criterion), criterion, "Selection needs AIC, BIC or significance."),
    };

    private static bool Improves(double score, ModelFit current, EstimationOptions options) => options.Criterion switch
    {
        SelectionCriterion.Aic => score < current.Aic - 1e-9,
        SelectionCriterion.Bic => score < current.Bic - 1e-9,
        _ => score < options.SignificanceLevel,
    };

    /// <summary>One added parameter: the deviance drop is χ² with 1 degree of freedom under the smaller model.</summary>
    internal static double PValue(double devianceDrop) => devianceDrop <= 0 ? 1 : 1 - ChiSquared.CDF(1, devianceDrop);

    /// <summary>The same term set reached in another order is the same model: it is fitted once.</summary>
    private static ConsideredModel FitOnce(Dictionary<string, ConsideredModel> considered, OverlapTable table, IReadOnlyList<Interaction> terms)
    {
        var key = Key(terms);
        if (!considered.TryGetValue(key, out var model))
        {
            model = LogLinearFitter.TryFit(table, terms);
            considered[key] = model;
        }

        return model;
    }

    private static string Key(IEnumerable<Interaction> terms) => string.Join(',', terms.Select(t => t.Mask).Order());
}
