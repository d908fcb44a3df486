namespace Stats.Core.Estimation;

/// <summary>Model selection and interval settings of one estimate; the defaults are the documented method.</summary>
public sealed record EstimationOptions
{
    public SelectionCriterion Criterion { get; init; } = SelectionCriterion.Bic;

    /// <summary>Level of the likelihood-ratio test for <see cref="SelectionCriterion.Significance"/>.</summary>
    public double SignificanceLevel { get; init; } = 0.05;

    /// <summary>The model for <see cref="SelectionCriterion.Fixed"/>, as <see cref="ModelSpec"/> reads it ("" = independence).</summary>
    public string? Model { get; init; }

    public IntervalMethod Interval { get; init; } = IntervalMethod.ProfileLikelihood;

    public double Confidence { get; init; } = 0.95;

    public int BootstrapReplicates { get; init; } = 999;

    public int Seed { get; init; } = 20_131;

    /// <summary>Fewest lists an estimate accepts; below 3 no model can be checked against the data.</summary>
    public int MinimumLists { get; init; } = 3;

    public static EstimationOptions Default { get; } = new();

    public void Validate()
    {
        if (SignificanceLevel is <= 0 or >= 1)
        {
            throw new ArgumentOutOfRangeException(nameof(SignificanceLevel), SignificanceLevel, "The significance level must lie strictly between 0 and 1.");
        }

        if (Confidence is <= 0 or >= 1)
        {
            throw new ArgumentOutOfRangeException(nameof(Confidence), Confidence, "The confidence level must lie strictly between 0 and 1.");
        }

        if (BootstrapReplicates is < 99 or > 100_000)
        {
            throw new ArgumentOutOfRangeException(nameof(BootstrapReplicates), BootstrapReplicates, "Bootstrap replicates must be between 99 and 100000.");
        }

        if (Criterion == SelectionCriterion.Fixed && Model is null)
        {
            throw new ArgumentException("A fixed model needs its terms (Model); use \"\" for the independence model.", nameof(Model));
        }
    }
}
