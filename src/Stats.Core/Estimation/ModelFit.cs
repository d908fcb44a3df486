namespace Stats.Core.Estimation;

/// <summary>
/// One log-linear Poisson model fitted to the observed cells: its terms, the estimate it implies and its fit statistics.
/// <see cref="Total"/> = observed + <see cref="Hidden"/>, where Hidden = exp(intercept) is the fitted all-zero cell.
/// </summary>
public sealed record ModelFit(
    IReadOnlyList<Interaction> Terms,
    string Name,
    double Observed,
    double Hidden,
    double Deviance,
    int DegreesOfFreedom,
    double LogLikelihood,
    int Parameters,
    double Aic,
    double Bic,
    int Iterations,
    IReadOnlyList<double> Coefficients,
    IReadOnlyList<double> Fitted)
{
    public double Total => Observed + Hidden;
}
