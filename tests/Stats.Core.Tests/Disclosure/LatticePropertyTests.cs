namespace Stats.Core.Tests.Disclosure;

/// <summary>Full lattices (categories + <c>_T</c> per dimension) in 1, 2 and 3 dimensions.</summary>
public sealed class LatticePropertyTests
{
    [Theory]
    [InlineData(1, 11, 600)]
    [InlineData(2, 12, 600)]
    [InlineData(3, 13, 300)]
    [InlineData(2, 14, 600)]
    public void Random_lattices_pass_the_exact_checker(int dimensions, int seed, int count)
    {
        var outcome = PropertyHarness.Run(seed, count, (random, k) => LinkedCube.Build(
            Enumerable.Range(0, dimensions).Select(_ => Hierarchy.Flat(random.Next(2, dimensions == 3 ? 4 : 6))).ToArray(),
            [Enumerable.Range(0, dimensions).ToArray()],
            () => PropertyHarness.SmallCount(random, k)));

        outcome.Failures.Should().BeEmpty();
        outcome.Secondary.Should().BeGreaterThan(count / 4, "the generator must force secondary suppressions, or the test proves little");
    }
}
