namespace Stats.Core.Estimation;

/// <summary>How the confidence interval of the total is computed.</summary>
public enum IntervalMethod
{
    /// <summary>Profile of the multinomial likelihood in N (Cormack 1992), as Rcapture computes it.</summary>
    ProfileLikelihood,

    /// <summary>Percentiles of the total over seeded parametric bootstrap replicates of the chosen model.</summary>
    Bootstrap,
}
