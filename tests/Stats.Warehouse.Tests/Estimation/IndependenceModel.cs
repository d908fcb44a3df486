namespace Stats.Warehouse.Tests.Estimation;

/// <summary>
/// The closed forms of the independence model of k lists, written out here so that tests do not read figures back from
/// the estimator. With capture probabilities p_j = n_j / N, the Poisson log-linear estimate of N solves Darroch's equation
/// Π (1 − n_j / N) = 1 − n / N (Darroch 1958), and the multinomial profile log-likelihood of N is
/// ℓ(N) = log N! − log (N − n)! + Σ_j [n_j log(n_j / N) + (N − n_j) log(1 − n_j / N)] (the cell probabilities factor into
/// the lists' Bernoulli terms). Both are solved by bisection and golden-section search on plain doubles.
/// </summary>
internal static class IndependenceModel
{
    /// <summary>χ²₁ 95 % quantile: the profile interval keeps every N within 3.8415 / 2 of the maximum.</summary>
    private const double ChiSquare95 = 3.841458820694124;

    public static double Darroch(long observed, params long[] listSizes) =>
        Bisect(total => listSizes.Aggregate(1.0, (p, s) => p * (1 - (s / total))) - (1 - (observed / total)), observed + 1e-9, 1e7);

    public static (double Lower, double Upper) ProfileInterval(long observed, params long[] listSizes)
    {
        double Profile(double total) =>
            LogFactorial(total) - LogFactorial(total - observed)
            + listSizes.Sum(s => (s * Math.Log(s / total)) + ((total - s) * Math.Log(1 - (s / total))));

        var (a, b) = ((double)observed, 100.0 * observed);
        var ratio = (Math.Sqrt(5) - 1) / 2;
        for (var i = 0; i < 400; i++)
        {
            var (c, d) = (b - (ratio * (b - a)), a + (ratio * (b - a)));
            (a, b) = Profile(c) > Profile(d) ? (a, d) : (c, b);
        }

        var peak = (a + b) / 2;
        var cut = Profile(peak) - (ChiSquare95 / 2);
        var lower = Profile(observed) >= cut ? observed : Bisect(t => Profile(t) - cut, observed, peak);
        return (lower, Bisect(t => Profile(t) - cut, peak, 100.0 * observed));
    }

    /// <summary>log Γ(x + 1) by Stirling's series with the argument shifted above 10 (accurate to ~1e-12).</summary>
    private static double LogFactorial(double x)
    {
        var shift = 0.0;
        var z = x + 1;
        while (z < 10)
        {
            shift -= Math.Log(z);
            z++;
        }

        return shift + ((z - 0.5) * Math.Log(z)) - z + (0.5 * Math.Log(2 * Math.PI)) + (1 / (12 * z)) - (1 / (360 * z * z * z)) + (1 / (1260 * Math.Pow(z, 5)));
    }

    private static double Bisect(Func<double, double> f, double a, double b)
    {
        var fa = f(a);
        for (var i = 0; i < 300; i++)
        {
            var mid = (a + b) / 2;
            var fm = f(mid);
            (a, b, fa) = Math.Sign(fm) == Math.Sign(fa) ? (mid, b, fm) : (a, mid, fa);
        }

        return (a + b) / 2;
    }
}
