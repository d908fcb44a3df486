using Stats.Core.Estimation;

namespace Stats.Core.Tests.Estimation;

/// <summary>
/// Tables and models the estimator must refuse, each with its reason and a message that names the list or term at fault;
/// and stepwise selection, which must pass over a term it cannot estimate and say why.
/// </summary>
public sealed class RefusalTests
{
    private static readonly EstimationOptions Independence = Fixed(string.Empty);

    [Fact]
    public void Fewer_than_three_lists_are_refused()
    {
        var act = () => MultipleSystemsEstimator.Estimate(HandTables.Two(40, 30, 10), Independence);

        act.Should().Throw<EstimationRefusedException>().Where(e => e.Reason == RefusalReason.TooFewLists)
            .Which.Message.Should().Contain("2 lists (A, B)").And.Contain("at least 3");
    }

    [Fact]
    public void A_list_sharing_nobody_with_another_list_is_refused_by_name()
    {
        // D's 15 persons are on D alone; A, B and C overlap.
        var table = HandTables.Of(4, ("A", 30), ("B", 20), ("C", 25), ("D", 15), ("A+B", 5), ("A+C", 4), ("B+C", 3), ("A+B+C", 1));

        var act = () => MultipleSystemsEstimator.Estimate(table);

        act.Should().Throw<EstimationRefusedException>().Where(e => e.Reason == RefusalReason.ListWithoutOverlap && e.ReasonCode == "list_without_overlap")
            .Which.Message.Should().Contain("list 'D'").And.Contain("15 persons");
    }

    [Fact]
    public void An_empty_list_is_refused_by_name()
    {
        var table = HandTables.Of(4, ("A", 30), ("B", 20), ("C", 25), ("A+B", 5), ("A+C", 4), ("B+C", 3));

        var act = () => MultipleSystemsEstimator.Estimate(table);

        act.Should().Throw<EstimationRefusedException>().Where(e => e.Reason == RefusalReason.EmptyList)
            .Which.Message.Should().Contain("list 'D' has no person");
    }

    [Fact]
    public void A_table_with_nobody_is_refused()
    {
        var act = () => MultipleSystemsEstimator.Estimate(HandTables.Of(3));

        act.Should().Throw<EstimationRefusedException>().Where(e => e.Reason == RefusalReason.EmptyList)
            .Which.Message.Should().Contain("no person on any list");
    }

    [Theory]
    [InlineData("A*B, A*C, B*C, A*B*C")]
    [InlineData("A*B*C")]
    public void A_three_list_term_among_three_lists_is_confounded_with_the_unobserved_cell(string model)
    {
        // Over the 7 observed cells 1 − Σx_j + Σx_i·x_j − x1·x2·x3 = 0 (it is the indicator of the unobserved cell), so the
        // three-list column is a combination of the others: 8 parameters, rank 7. "A*B*C" means, as in R, the three-list
        // term with every interaction under it.
        var table = HandTables.Three(30, 20, 25, 10, 6, 5, 4);

        var act = () => MultipleSystemsEstimator.Estimate(table, Fixed(model));

        act.Should().Throw<EstimationRefusedException>().Where(e => e.Reason == RefusalReason.NotIdentifiable)
            .Which.Message.Should().Contain("the term A*B*C is confounded with the unobserved cell");
    }

    [Fact]
    public void An_interaction_of_two_lists_that_share_nobody_is_refused_by_name()
    {
        // A and B share nobody (each overlaps C), so the A*B term would be minus infinity.
        var table = HandTables.Three(30, 20, 25, 0, 6, 5, 0);

        var act = () => MultipleSystemsEstimator.Estimate(table, Fixed("A*B"));

        act.Should().Throw<EstimationRefusedException>().Where(e => e.Reason == RefusalReason.NotIdentifiable && e.ReasonCode == "not_identifiable")
            .Which.Message.Should().Contain("interaction A*B").And.Contain("no person is on all of A, B");
    }

    [Fact]
    public void A_model_naming_a_list_not_in_the_table_is_refused()
    {
        var table = HandTables.Three(30, 20, 25, 10, 6, 5, 4);

        var act = () => MultipleSystemsEstimator.Estimate(table, Fixed("A*B, B*NGO9"));

        act.Should().Throw<EstimationRefusedException>().Where(e => e.Reason == RefusalReason.UnknownList && e.ReasonCode == "unknown_list")
            .Which.Message.Should().Contain("'B*NGO9'").And.Contain("'NGO9' is not one of the lists (A, B, C)");
    }

    [Theory]
    [InlineData("B", "is a main effect")]
    [InlineData("A*B, C", "is a main effect")]
    [InlineData("A*A", "names list 'A' twice")]
    public void A_malformed_term_is_refused(string model, string reason)
    {
        var table = HandTables.Three(30, 20, 25, 10, 6, 5, 4);

        var act = () => MultipleSystemsEstimator.Estimate(table, Fixed(model));

        act.Should().Throw<EstimationRefusedException>().Where(e => e.Reason == RefusalReason.InvalidModel)
            .Which.Message.Should().Contain(reason);
    }

    [Theory]
    [InlineData(SelectionCriterion.Bic)]
    [InlineData(SelectionCriterion.Aic)]
    [InlineData(SelectionCriterion.Significance)]
    public void Selection_never_picks_a_term_whose_lists_share_nobody(SelectionCriterion criterion)
    {
        // A and B share nobody, far fewer than independence predicts (A·B/N ≈ 100·80/500): the A*B term would improve the
        // fit most of all — with a coefficient of minus infinity. Selection must pass it over and report it rejected.
        var table = HandTables.Of(4,
            ("A", 40), ("B", 30), ("C", 60), ("D", 50), ("A+C", 20), ("A+D", 15), ("B+C", 14), ("B+D", 12), ("C+D", 10),
            ("A+C+D", 6), ("B+C+D", 5));
        var ab = Interaction.Of(0, 1);

        var estimate = MultipleSystemsEstimator.Estimate(table, new EstimationOptions { Criterion = criterion });

        estimate.Model.Terms.Should().NotContain(ab);
        var rejected = estimate.Alternatives.Where(a => a.Terms.Contains(ab)).ToList();
        rejected.Should().NotBeEmpty().And.OnlyContain(a => !a.Usable && a.Rejected != null && a.Rejected.Contains("interaction A*B", StringComparison.Ordinal));
        estimate.Alternatives.Should().Contain(a => a.Name == "A*B");
    }

    private static EstimationOptions Fixed(string model) => new() { Criterion = SelectionCriterion.Fixed, Model = model };
}
