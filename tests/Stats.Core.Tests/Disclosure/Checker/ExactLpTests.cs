namespace Stats.Core.Tests.Disclosure.Checker;

/// <summary>The checker's own LP on problems with known optima, so the checker itself is checked.</summary>
public sealed class ExactLpTests
{
    [Fact]
    public void Maximum_and_minimum_of_a_simple_system()
    {
        // x + y = 5, y + z = 3, x, y, z ≥ 0: x = 5 − y with 0 ≤ y ≤ 3, so x ∈ [2, 5]; z = 3 − y ∈ [0, 3].
        var lp = ExactLp.Create([[1, 1, 0], [0, 1, 1]], [5, 3], 3)!;

        lp.Maximize([1, 0, 0]).Should().Be((Fraction)5);
        (-lp.Maximize([-1, 0, 0])!.Value).Should().Be((Fraction)2);
        lp.Maximize([0, 0, 1]).Should().Be((Fraction)3);
    }

    [Fact]
    public void Fractional_optimum_is_exact()
    {
        // 3x + y = 1 with x, y ≥ 0: max x = 1/3.
        var lp = ExactLp.Create([[3, 1]], [1], 2)!;

        lp.Maximize([1, 0]).Should().Be(new Fraction(1, 3));
    }

    [Fact]
    public void Unbounded_and_infeasible_are_recognised()
    {
        ExactLp.Create([[1, -1]], [2], 2)!.Maximize([1, 0]).Should().BeNull();
        ExactLp.Create([[1, 1]], [-1], 2).Should().BeNull();
    }

    [Fact]
    public void Redundant_rows_are_dropped()
    {
        // The second row repeats the first.
        var lp = ExactLp.Create([[1, 1], [2, 2]], [4, 8], 2)!;

        lp.Maximize([0, 1]).Should().Be((Fraction)4);
    }
}
