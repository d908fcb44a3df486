using Stats.Core.Disclosure;

namespace Stats.Core.Tests.Disclosure;

public sealed class ProblemValidationTests
{
    private static readonly DisclosureRule K5 = new(5);

    [Fact]
    public void A_relation_that_does_not_add_up_is_refused_naming_its_total_and_both_sums()
    {
        // Relation 1: value[3] = 15 but 3 + 0 + 11 = 14.
        var problem = new ProtectionProblem([3, 0, 11, 15, 15], [new(4, [3]), new(3, [0, 1, 2])]);
        var valid = problem with { Relations = [new(3, [0, 1, 2, 4])] };

        var act = () => LinkedProtector.Protect(problem with { Relations = [new(3, [0, 1, 2])] }, K5);

        act.Should().Throw<ArgumentException>().Where(e =>
            e.Message.Contains("Relation 0 (total cell 3) does not add up: value[3] = 15 but its members sum to 14", StringComparison.Ordinal));
        FluentActions.Invoking(() => LinkedProtector.Protect(valid, K5)).Should().Throw<ArgumentException>()
            .Where(e => e.Message.Contains("value[3] = 15 but its members sum to 29", StringComparison.Ordinal));
    }

    [Fact]
    public void A_member_out_of_range_is_refused()
    {
        var act = () => LinkedProtector.Protect(new ProtectionProblem([1, 2, 3], [new(2, [0, 7])]), K5);

        act.Should().Throw<ArgumentException>().Where(e => e.Message.Contains("Relation 0 (total cell 2) refers to cell 7", StringComparison.Ordinal));
    }

    [Fact]
    public void A_relation_with_fewer_than_two_members_is_refused()
    {
        var act = () => LinkedProtector.Protect(new ProtectionProblem([4, 4], [new(1, [0])]), K5);

        act.Should().Throw<ArgumentException>().Where(e => e.Message.Contains("Relation 0 (total cell 1) has 1 member(s)", StringComparison.Ordinal));
    }

    [Fact]
    public void A_negative_value_is_refused()
    {
        var act = () => LinkedProtector.Protect(new ProtectionProblem([-1, 5, 4], [new(2, [0, 1])]), K5);

        act.Should().Throw<ArgumentException>().Where(e => e.Message.Contains("Cell 0 has the negative value -1", StringComparison.Ordinal));
    }

    [Fact]
    public void A_forced_cell_outside_the_cells_is_refused()
    {
        var act = () => LinkedProtector.Protect(new ProtectionProblem([1, 5, 6], [new(2, [0, 1])]) { Forced = [3] }, K5);

        act.Should().Throw<ArgumentException>().Where(e => e.Message.Contains("Forced cell 3 is outside 0 … 2", StringComparison.Ordinal));
    }

    [Fact]
    public void Costs_of_the_wrong_length_are_refused()
    {
        var act = () => LinkedProtector.Protect(new ProtectionProblem([1, 5, 6], [new(2, [0, 1])]) { Costs = [1, 1] }, K5);

        act.Should().Throw<ArgumentException>().Where(e => e.Message.Contains("Costs has 2 entries but there are 3 cells", StringComparison.Ordinal));
    }

    [Fact]
    public void Caller_costs_decide_the_partner()
    {
        // A = 3, B = 10, C = 20, T = 33; by value B would be hidden, but the caller makes B dear: C is hidden instead.
        var problem = new ProtectionProblem([3, 10, 20, 33], [new(3, [0, 1, 2])]) { Costs = [1, 100, 5, 1000] };

        LinkedProtector.Protect(problem, K5).Should().Equal(
            ConfidentialityStatus.Primary, ConfidentialityStatus.Free, ConfidentialityStatus.Secondary, ConfidentialityStatus.Free);
    }
}
