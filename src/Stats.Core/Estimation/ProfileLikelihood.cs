using MathNet.Numerics;
using MathNet.Numerics.Distributions;

namespace Stats.Core.Estimation;

/// <summary>
/// Profile-likelihood interval for the total N (Cormack 1992, as Rcapture's closedpCI): for a trial N the model is fitted
/// to the complete 2^k table with the unobserved cell set to N − n, and the multinomial log-likelihood of that fit is the
/// profile ℓ(N) = c(N) − D(N)/2 with c(N) = (N−n) log(N−n) + log N! − N log N − log (N−n)!. The interval is every N whose
/// profile lies within χ²₁(level)/2 of the maximum.
/// </summary>
internal static class ProfileLikelihood
{
    public static (double Lower, double Upper) Interval(OverlapTable table, ModelFit model, double confidence)
    {
        var n = (double)table.Observed;
        var design = DesignMatrix.Build(table.ListCount, model.Terms, withUnobservedCell: true);
        var observed = design.Cells.Select(c => (double)table[c]).ToArray();
        double Profile(double total)
        {
            var y = (double[])observed.Clone();
            var hidden = Math.Max(total - n, 0);
            y[0] = hidden;
            var fit = PoissonRegression.Fit(design, y);
            var correction = (hidden > 0 ? hidden * Math.Log(hidden) : 0) + SpecialFunctions.GammaLn(total + 1) - (total * Math.Log(total)) - SpecialFunctions.GammaLn(hidden + 1);
            return correction - (fit.Deviance / 2);
        }

        var ceiling = LogLinearFitter.UnboundedRatio * Math.Max(n, 1);
        var (peak, top) = Maximise(Profile, n, Math.Min(Math.Max(3 * model.Total, n + 10), ceiling));
        var cut = top - (ChiSquared.InvCDF(1, confidence) / 2);
        var lower = Profile(n) >= cut ? n : Root(total => Profile(total) - cut, n, peak);
        var upper = double.PositiveInfinity;
        for (var high = Math.Max(2 * peak, peak + 10); high <= ceiling * 2; high *= 2)
        {
            if (Profile(high) < cut)
            {
                upper = Root(total => Profile(total) - cut, peak, high);
                break;
            }
        }

        return (lower, upper);
    }

    /// <summary>Golden-section search for the maximum of a unimodal function on [a, b].</summary>
    private static (double At, double Value) Maximise(Func<double, double> f, double a, double b)
    {
        var ratio = (Math.Sqrt(5) - 1) / 2;
        var c = b - (ratio * (b - a));
        var d = a + (ratio * (b - a));
        var (fc, fd) = (f(c), f(d));
        while (b - a > 1e-6 * Math.Max(1, Math.Abs(a)))
        {
            if (fc > fd)
            {
                (b, d, fd) = (d, c, fc);
                c = b - (ratio * (b - a));
                fc = f(c);
            }
            else
            {
                (a, c, fc) = (c, d, fd);
                d = a + (ratio * (b - a));
                fd = f(d);
            }
        }

        var at = (a + b) / 2;
        return (at, f(at));
    }

    /// <summary>Bisection for the sign change of f on [a, b] (f(a) and f(b) of opposite signs).</summary>
    private static double Root(Func<double, double> f, double a, double b)
    {
        var fa = f(a);
        for (var i = 0; i < 200 && b - a > 1e-7 * Math.Max(1, Math.Abs(a)); i++)
        {
            var mid = (a + b) / 2;
            var fm = f(mid);
            if (Math.Sign(fm) == Math.Sign(fa))
            {
                (a, fa) = (mid, fm);
            }
            else
            {
                b = mid;
            }
        }

        return (a + b) / 2;
    }
}
