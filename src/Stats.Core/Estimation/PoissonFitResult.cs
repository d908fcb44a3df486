namespace Stats.Core.Estimation;

/// <summary>The outcome of one IRLS fit: coefficients, fitted means, deviance, or why it failed.</summary>
internal sealed record PoissonFitResult(double[] Coefficients, double[] Fitted, double Deviance, int Iterations, bool Converged, string? Failure);
