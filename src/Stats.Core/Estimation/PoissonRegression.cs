using MathNet.Numerics.LinearAlgebra;

namespace Stats.Core.Estimation;

/// <summary>
/// Poisson regression with log link by iteratively reweighted least squares, with step halving when the deviance rises,
/// a relative deviance convergence test (as R's glm, but tighter) and a separation check: a parameter that keeps growing
/// while it drives fitted values of empty cells towards zero has no finite maximum likelihood estimate.
/// </summary>
internal static class PoissonRegression
{
    private const int MaxIterations = 100;
    private const double Tolerance = 1e-10;

    /// <summary>Coefficients beyond this (e^30 ≈ 10^13) only arise when the likelihood has no finite maximum.</summary>
    private const double DivergentCoefficient = 30;

    public static PoissonFitResult Fit(DesignMatrix design, double[] y)
    {
        var n = design.Rows.Length;
        var p = design.Columns;
        var mu = new double[n];
        var eta = new double[n];
        for (var i = 0; i < n; i++)
        {
            mu[i] = y[i] + 0.5;
            eta[i] = Math.Log(mu[i]);
        }

        var beta = new double[p];
        var deviance = Deviance(y, mu);
        for (var iteration = 1; iteration <= MaxIterations; iteration++)
        {
            var next = WeightedLeastSquares(design, y, mu, eta);
            if (next is null)
            {
                return new PoissonFitResult(beta, mu, deviance, iteration, false, "the weighted design is singular");
            }

            var (newBeta, newEta, newMu, newDeviance) = Evaluate(design, y, next);
            for (var halving = 0; halving < 30 && !(newDeviance <= deviance + 1e-12 * Math.Abs(deviance)) && iteration > 1; halving++)
            {
                for (var j = 0; j < p; j++)
                {
                    next[j] = (beta[j] + next[j]) / 2;
                }

                (newBeta, newEta, newMu, newDeviance) = Evaluate(design, y, next);
            }

            var change = Math.Abs(newDeviance - deviance) / (Math.Abs(newDeviance) + 0.1);
            (beta, eta, mu, deviance) = (newBeta, newEta, newMu, newDeviance);
            if (change < Tolerance && iteration > 1)
            {
                return new PoissonFitResult(beta, mu, deviance, iteration, true, Separation(beta, mu, y));
            }
        }

        return new PoissonFitResult(beta, mu, deviance, MaxIterations, false, $"no convergence in {MaxIterations} iterations");
    }

    public static double Deviance(double[] y, double[] mu)
    {
        var sum = 0.0;
        for (var i = 0; i < y.Length; i++)
        {
            sum += (y[i] > 0 ? y[i] * Math.Log(y[i] / mu[i]) : 0) - (y[i] - mu[i]);
        }

        return 2 * sum;
    }

    private static string? Separation(double[] beta, double[] mu, double[] y)
    {
        var divergent = Array.FindIndex(beta, b => Math.Abs(b) > DivergentCoefficient);
        var vanishing = Enumerable.Range(0, y.Length).Any(i => y[i] == 0 && mu[i] < 1e-9);
        return divergent >= 0 && vanishing ? $"parameter {divergent} runs off to infinity (separation)" : null;
    }

    private static (double[] Beta, double[] Eta, double[] Mu, double Deviance) Evaluate(DesignMatrix design, double[] y, double[] beta)
    {
        var n = design.Rows.Length;
        var eta = new double[n];
        var mu = new double[n];
        for (var i = 0; i < n; i++)
        {
            var row = design.Rows[i];
            var sum = 0.0;
            for (var j = 0; j < row.Length; j++)
            {
                sum += row[j] * beta[j];
            }

            eta[i] = Math.Min(sum, 700);
            mu[i] = Math.Exp(eta[i]);
        }

        return ((double[])beta.Clone(), eta, mu, Deviance(y, mu));
    }

    private static double[]? WeightedLeastSquares(DesignMatrix design, double[] y, double[] mu, double[] eta)
    {
        var xtwx = design.CrossProduct(mu);
        var xtwz = new double[design.Columns];
        for (var i = 0; i < design.Rows.Length; i++)
        {
            var row = design.Rows[i];
            var wz = mu[i] * (eta[i] + ((y[i] - mu[i]) / mu[i]));
            for (var a = 0; a < row.Length; a++)
            {
                xtwz[a] += row[a] * wz;
            }
        }

        var matrix = Matrix<double>.Build.DenseOfArray(xtwx);
        try
        {
            var solution = matrix.Cholesky().Solve(Vector<double>.Build.DenseOfArray(xtwz));
            return solution.Any(double.IsNaN) ? null : solution.ToArray();
        }
        catch (ArgumentException)
        {
            // Cholesky throws when the matrix is not positive definite: a weight underflowed to zero or columns coincide.
            return null;
        }
    }
}
