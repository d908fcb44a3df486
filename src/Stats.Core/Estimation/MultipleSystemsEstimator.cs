namespace Stats.Core.Estimation;

/// <summary>
/// Multiple systems estimation (domain.md §7): log-linear Poisson models over the incomplete 2^k overlap table, a model
/// chosen by the configured rule (or given), the fitted unobserved cell as the hidden population, and a confidence
/// interval by profile likelihood or seeded parametric bootstrap. Refuses tables that cannot support an estimate.
/// </summary>
public static class MultipleSystemsEstimator
{
    public static MseEstimate Estimate(OverlapTable table, EstimationOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(table);
        options ??= EstimationOptions.Default;
        options.Validate();
        TableChecks.Check(table, options);

        ModelFit chosen;
        IReadOnlyList<ConsideredModel> alternatives;
        if (options.Criterion == SelectionCriterion.Fixed)
        {
            chosen = LogLinearFitter.Fit(table, ModelSpec.Parse(options.Model!, table.Lists));
            alternatives = [];
        }
        else
        {
            (chosen, alternatives) = ModelSelector.Select(table, options);
        }

        var warnings = new List<string>();
        double lower, upper;
        if (options.Interval == IntervalMethod.Bootstrap)
        {
            int failed;
            (lower, upper, failed) = ParametricBootstrap.Interval(table, chosen, options);
            if (failed > 0)
            {
                warnings.Add($"{failed} of {options.BootstrapReplicates} bootstrap replicates could not be fitted and were left out of the interval.");
            }
        }
        else
        {
            (lower, upper) = ProfileLikelihood.Interval(table, chosen, options.Confidence);
        }

        if (double.IsPositiveInfinity(upper))
        {
            warnings.Add("the data give no upper bound: the profile likelihood stays within the cut-off however many persons are hidden.");
        }

        if (chosen.DegreesOfFreedom == 0)
        {
            warnings.Add("the chosen model is saturated for the observed cells (no degree of freedom left): its fit cannot be checked.");
        }

        return new MseEstimate(table, options, chosen, lower, upper, alternatives, warnings);
    }
}
