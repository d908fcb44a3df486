namespace Stats.EndToEnd.Tests.Issue9;

/// <summary>
/// The independence model's estimate written independently of the fitter: Darroch (1958) — the maximum likelihood N of
/// k independent lists solves Π_j (1 − n_j / N) = 1 − n / N (n_j persons on list j, n seen on any). Solved by bisection.
/// </summary>
internal static class IndependenceEquation
{
    public static double Solve(IReadOnlyList<long> listSizes, long observed)
    {
        double Gap(double total) => listSizes.Aggregate(1.0, (p, n) => p * (1 - (n / total))) - (1 - (observed / total));
        // Just above n, 1 − n/N is near 0 and the product is not: the gap is positive. Far out it is (n − Σ n_j)/N, negative
        // when the lists overlap (Σ n_j > n). One sign change between.
        var (low, high) = (observed + 1e-9, observed * 1e6);
        for (var i = 0; i < 300; i++)
        {
            var mid = (low + high) / 2;
            (low, high) = Gap(mid) > 0 ? (mid, high) : (low, mid);
        }

        return (low + high) / 2;
    }
}
