using Stats.Core.Estimation;

namespace Stats.Core.Tests.Estimation;

/// <summary>
/// The fitter against closed forms worked out by hand for 2 and 3 lists (and Darroch's equation for any number): every
/// expected figure is computed here from the counts, never read from the code under test.
/// </summary>
public sealed class ClosedFormTests
{
    [Theory]
    [InlineData(40, 30, 10)]
    [InlineData(90, 60, 30)]
    [InlineData(7, 5, 3)]
    [InlineData(1000, 1, 1)]
    public void Two_lists_independence_is_Lincoln_Petersen(long onlyA, long onlyB, long both)
    {
        // Three observed cells, three parameters: the fit is exact, and exp(intercept) = z10·z01/z11, so the total is
        // z11 + z10 + z01 + z10·z01/z11 = (z10 + z11)(z01 + z11)/z11 = n1·n2/m.
        var table = HandTables.Two(onlyA, onlyB, both);
        var (n1, n2, m) = (onlyA + both, onlyB + both, (double)both);

        var fit = LogLinearFitter.Fit(table, []);

        fit.Total.Should().BeApproximately(n1 * n2 / m, 1e-7 * n1 * n2 / m);
        fit.Hidden.Should().BeApproximately(onlyA * onlyB / m, 1e-7 * Math.Max(1, onlyA * onlyB / m));
        fit.DegreesOfFreedom.Should().Be(0);
        fit.Deviance.Should().BeApproximately(0, 1e-6);
    }

    [Fact]
    public void Two_lists_are_refused_by_the_estimator_by_default()
    {
        var act = () => MultipleSystemsEstimator.Estimate(HandTables.Two(40, 30, 10));

        act.Should().Throw<EstimationRefusedException>()
            .Where(e => e.Reason == RefusalReason.TooFewLists && e.ReasonCode == "too_few_lists")
            .Which.Message.Should().Contain("2 lists").And.Contain("A, B");
    }

    [Fact]
    public void Two_lists_allowed_explicitly_give_Lincoln_Petersen_and_never_the_interaction()
    {
        // MinimumLists = 2 lets the estimator run: the only interaction, A*B, would make 4 parameters for 3 cells, so
        // selection must keep independence and give 50·40/10 = 200.
        var estimate = MultipleSystemsEstimator.Estimate(HandTables.Two(40, 30, 10), new EstimationOptions { MinimumLists = 2 });

        estimate.Total.Should().BeApproximately(200, 1e-5);
        estimate.Model.Terms.Should().BeEmpty();
        estimate.Alternatives.Should().ContainSingle().Which.Rejected.Should().Contain("the term A*B is confounded with the unobserved cell");
        estimate.Total.Should().BeInRange(estimate.Lower, estimate.Upper);
    }

    public static TheoryData<string, OverlapTable> IndependenceTables() => new()
    {
        { "hand 3 lists", HandTables.Three(60, 45, 80, 12, 9, 15, 3) },
        { "hand 3 lists, small", HandTables.Three(5, 7, 4, 2, 1, 1, 1) },
        { "Darroch R3", PublishedTables.DarrochR3 },
        { "Cormack 3 lists", PublishedTables.CormackThreeLists },
        { "Cormack 4 lists", PublishedTables.CormackFourLists },
        { "hand 4 lists", HandTables.Of(4, ("A", 30), ("B", 22), ("C", 41), ("D", 17), ("A+B", 6), ("A+C", 8), ("B+D", 4), ("C+D", 5), ("A+B+C+D", 1)) },
    };

    [Theory]
    [MemberData(nameof(IndependenceTables))]
    public void Independence_total_solves_Darrochs_equation(string name, OverlapTable table)
    {
        // Under independence the fitted margins equal the observed ones, N·p_j = n_j and N·(1 − Π(1 − p_j)) = n, so
        // Π_j (1 − n_j/N) = 1 − n/N (Darroch 1958). Solved here by bisection on (n, 10^6·n].
        var sizes = Enumerable.Range(0, table.ListCount).Select(table.ListSize).ToArray();
        var expected = SolveDarroch(sizes, table.Observed);

        var fit = LogLinearFitter.Fit(table, []);

        fit.Total.Should().BeApproximately(expected, 1e-7 * expected, name);
    }

    [Theory]
    [InlineData(30, 20, 25, 10, 6, 5, 4)]
    [InlineData(72, 155, 7, 71, 13, 53, 43)]
    [InlineData(1, 2, 3, 4, 5, 6, 7)]
    [InlineData(500, 400, 300, 20, 30, 40, 2)]
    public void Three_lists_with_every_two_list_interaction_leave_the_three_way_ratio(long a, long b, long c, long ab, long ac, long bc, long abc)
    {
        // Seven cells, seven parameters: the fit is exact and the only constraint is that the (unfitted) three-list
        // interaction is zero: z000 = z111·z100·z010·z001 / (z110·z101·z011).
        var table = HandTables.Three(a, b, c, ab, ac, bc, abc);
        var hidden = (double)abc * a * b * c / ((double)ab * ac * bc);

        var fit = LogLinearFitter.Fit(table, ModelSpec.Parse("A*B, A*C, B*C", table.Lists));

        fit.Hidden.Should().BeApproximately(hidden, 1e-7 * hidden);
        fit.DegreesOfFreedom.Should().Be(0);
    }

    [Theory]
    [InlineData("A*B", 12, 9, 20, 6, 3, 4, 2)]
    [InlineData("A*B", 60, 45, 80, 12, 9, 15, 3)]
    [InlineData("A*C", 60, 45, 80, 12, 9, 15, 3)]
    [InlineData("B*C", 33, 18, 27, 5, 11, 7, 1)]
    public void One_interaction_among_three_lists_has_a_closed_form(string term, long a, long b, long c, long ab, long ac, long bc, long abc)
    {
        // Model [AB][C]: μ_abc = f(a,b)·g(c). The cell (0,0,1) alone carries f00 and is fitted exactly: f00·r = z001 with
        // r = g(1)/g(0). For (a,b) ≠ (0,0) both cells are observed and f_ab(1 + r) = z_ab0 + z_ab1; the score of r then
        // gives r = S1/S0, S_c = Σ_{(a,b)≠(0,0)} z_abc. Hence z000 = f00 = z001·S0/S1. Same for any pair by relabelling.
        var table = HandTables.Three(a, b, c, ab, ac, bc, abc);
        var terms = ModelSpec.Parse(term, table.Lists);
        var third = 0b111 & ~terms[0].Mask;
        var s0 = Enumerable.Range(1, 7).Where(m => (m & third) == 0).Sum(m => table[m]);
        var s1 = Enumerable.Range(1, 7).Where(m => (m & third) != 0 && m != third).Sum(m => table[m]);
        var hidden = (double)table[third] * s0 / s1;

        var fit = LogLinearFitter.Fit(table, terms);

        fit.Hidden.Should().BeApproximately(hidden, 1e-7 * hidden);
        fit.DegreesOfFreedom.Should().Be(2);
    }

    [Fact]
    public void One_interaction_fit_statistics_follow_from_the_closed_form_fitted_values()
    {
        // Table z100 12, z010 9, z001 20, z110 6, z101 3, z011 4, z111 2; model [AB][C]: S0 = 12 + 9 + 6 = 27,
        // S1 = 3 + 4 + 2 = 9, hidden = 20·27/9 = 60. Fitted μ_ab0 = (z_ab0 + z_ab1)·27/36, μ_ab1 = (z_ab0 + z_ab1)·9/36:
        // A 11.25 / A+C 3.75, B 9.75 / B+C 3.25, A+B 6 / A+B+C 2, C 20. Five parameters (intercept, 3 mains, A*B),
        // 7 cells: df 2; persons seen 56.
        var table = HandTables.Three(12, 9, 20, 6, 3, 4, 2);
        var cells = new (double Y, double Mu)[] { (12, 11.25), (3, 3.75), (9, 9.75), (4, 3.25), (6, 6), (2, 2), (20, 20) };
        var deviance = 2 * cells.Sum(c => c.Y * Math.Log(c.Y / c.Mu));
        var logLikelihood = cells.Sum(c => (c.Y * Math.Log(c.Mu)) - c.Mu - LogFactorial((int)c.Y));

        var fit = LogLinearFitter.Fit(table, ModelSpec.Parse("A*B", table.Lists));

        fit.Hidden.Should().BeApproximately(60, 1e-6);
        fit.Total.Should().BeApproximately(116, 1e-6);
        fit.Parameters.Should().Be(5);
        fit.DegreesOfFreedom.Should().Be(2);
        fit.Deviance.Should().BeApproximately(deviance, 1e-6);
        fit.LogLikelihood.Should().BeApproximately(logLikelihood, 1e-6);
        fit.Aic.Should().BeApproximately((-2 * logLikelihood) + 10, 1e-6);
        fit.Bic.Should().BeApproximately((-2 * logLikelihood) + (5 * Math.Log(56)), 1e-6);
        deviance.Should().BeApproximately(0.4304, 1e-4, "the hand arithmetic: 2[12 ln(12/11.25) + 3 ln(3/3.75) + 9 ln(9/9.75) + 4 ln(4/3.25)]");
    }

    private static double SolveDarroch(long[] listSizes, long observed)
    {
        double Excess(double total) => listSizes.Aggregate(1.0, (product, size) => product * (1 - (size / total))) - (1 - (observed / total));
        var (low, high) = ((double)observed, observed * 1e6);
        Excess(low).Should().BePositive("the equation changes sign on (n, ∞) only when no list holds everyone seen");
        for (var i = 0; i < 200; i++)
        {
            var mid = (low + high) / 2;
            (low, high) = Excess(mid) > 0 ? (mid, high) : (low, mid);
        }

        return (low + high) / 2;
    }

    private static double LogFactorial(int n) => Enumerable.Range(2, Math.Max(0, n - 1)).Sum(i => Math.Log(i));
}
