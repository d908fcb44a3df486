using Stats.Core.Estimation;

namespace Stats.Core.Tests.Estimation;

/// <summary>
/// The fitter against estimates published in the literature for the same tables and models (the figures are those the
/// papers print, reproduced to the printed precision by Rcapture's own regression tests, inst/tests/testPapersResults.R).
/// </summary>
public sealed class PublishedExampleTests
{
    [Fact]
    public void Darroch_R3_saturated_model_gives_the_published_1240()
    {
        // Rivest (2011), Table 1: saturated log-linear model (all two-list interactions), N = 1240.
        var table = PublishedTables.DarrochR3;
        var fit = LogLinearFitter.Fit(table, ModelSpec.Parse("Census*PES, Census*Admin, PES*Admin", table.Lists));
        Math.Round(fit.Total).Should().Be(1240);
        fit.DegreesOfFreedom.Should().Be(0);
    }

    [Fact]
    public void Darroch_R3_without_the_census_admin_interaction_gives_the_published_850()
    {
        // Rivest (2011): interactions [E1,E2] and [E2,E3]: N = 850, deviance 3.8 on 1 df.
        var table = PublishedTables.DarrochR3;
        var fit = LogLinearFitter.Fit(table, ModelSpec.Parse("Census*PES, PES*Admin", table.Lists));
        Math.Round(fit.Total).Should().Be(850);
        Math.Round(fit.Deviance, 1).Should().Be(3.8);
        fit.DegreesOfFreedom.Should().Be(1);
    }

    [Fact]
    public void Bruno_diabetes_model_gives_the_published_2771()
    {
        // Bruno et al. (1994): every two-source interaction except clinic × prescriptions: N = 2771, deviance 7.62 on 5 df.
        var table = PublishedTables.BrunoDiabetes;
        var terms = ModelSpec.Parse(
            "Diabetic clinic*GP, Diabetic clinic*Hospital, GP*Hospital, GP*Prescriptions, Hospital*Prescriptions", table.Lists);
        var fit = LogLinearFitter.Fit(table, terms);
        Math.Round(fit.Total).Should().Be(2771);
        Math.Round(fit.Deviance, 2).Should().Be(7.62);
        fit.DegreesOfFreedom.Should().Be(5);
    }

    [Fact]
    public void Bruno_diabetes_with_Rivests_interaction_set_gives_the_published_2472()
    {
        // Rivest (2011): [1,3] [2,4] [3,4]: N = 2472, deviance 21.97 on 7 df.
        var table = PublishedTables.BrunoDiabetes;
        var fit = LogLinearFitter.Fit(table, ModelSpec.Parse("Diabetic clinic*Hospital, GP*Prescriptions, Hospital*Prescriptions", table.Lists));
        Math.Round(fit.Total).Should().Be(2472);
        Math.Round(fit.Deviance, 2).Should().Be(21.97);
        fit.DegreesOfFreedom.Should().Be(7);
    }

    [Fact]
    public void Cormack_three_lists_independence_gives_the_published_estimate_and_profile_interval()
    {
        // Cormack, Chang and Smith (2000), Table 3b, independence (Mt): N = 209, deviance 75.1 on 3 df, 95 % profile
        // likelihood interval 203–217.
        var table = PublishedTables.CormackThreeLists;
        var estimate = MultipleSystemsEstimator.Estimate(table, new EstimationOptions { Criterion = SelectionCriterion.Fixed, Model = string.Empty });
        Math.Round(estimate.Total).Should().Be(209);
        Math.Round(estimate.Model.Deviance, 1).Should().Be(75.1);
        estimate.Model.DegreesOfFreedom.Should().Be(3);
        Math.Round(estimate.Lower).Should().Be(203);
        Math.Round(estimate.Upper).Should().Be(217);
    }

    [Fact]
    public void Cormack_four_lists_models_give_the_published_estimates()
    {
        // Table 3a: independence N = 215 (deviance 87.1, 10 df); [1,2][1,3][3,4] N = 218 (deviance 2.6, 7 df); all six
        // two-list interactions put over a million in the unobserved cell (the paper): the data do not bound it, and the
        // fitter refuses the model (its parameters run off to infinity) rather than print a number.
        var table = PublishedTables.CormackFourLists;
        var independence = LogLinearFitter.Fit(table, []);
        Math.Round(independence.Total).Should().Be(215);
        Math.Round(independence.Deviance, 1).Should().Be(87.1);
        independence.DegreesOfFreedom.Should().Be(10);

        var three = LogLinearFitter.Fit(table, ModelSpec.Parse("Deaths*NTOF, Deaths*WCC, WCC*MOSH", table.Lists));
        Math.Round(three.Total).Should().Be(218);
        Math.Round(three.Deviance, 1).Should().Be(2.6);
        three.DegreesOfFreedom.Should().Be(7);

        var all = LogLinearFitter.TryFit(table, ModelSpec.Parse("Deaths*NTOF, Deaths*WCC, Deaths*MOSH, NTOF*WCC, NTOF*MOSH, WCC*MOSH", table.Lists));
        all.Usable.Should().BeFalse();
        all.Rejected.Should().MatchRegex("unbounded|separation");
    }
}
