namespace Stats.Core.Estimation;

/// <summary>
/// The result of multiple systems estimation on one overlap table: the chosen model's estimate of the total population
/// (seen and unseen), its confidence interval, and every other model considered with its own estimate.
/// </summary>
public sealed record MseEstimate(
    OverlapTable Table,
    EstimationOptions Options,
    ModelFit Model,
    double Lower,
    double Upper,
    IReadOnlyList<ConsideredModel> Alternatives,
    IReadOnlyList<string> Warnings)
{
    public long Observed => Table.Observed;

    public double Total => Model.Total;

    public double Hidden => Model.Hidden;

    /// <summary>False when the profile likelihood never falls below the cut-off: the data bound the total only from below.</summary>
    public bool UpperBounded => !double.IsPositiveInfinity(Upper);
}
