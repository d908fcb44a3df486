namespace Stats.Core.Tests.Disclosure;

/// <summary>Linked tables sharing margins, and the calendar (months → quarters → year) crossed with breakdowns.</summary>
public sealed class LinkedPropertyTests
{
    [Theory]
    [InlineData(21, 500)]
    [InlineData(22, 500)]
    public void Tables_sharing_margins_pass_the_exact_checker(int seed, int count)
    {
        // sex × age and sex × form share the sex margin and the grand total; sometimes the by-sex table and the grand
        // total are listed as tables of their own too, repeating relations.
        var outcome = PropertyHarness.Run(seed, count, (random, k) => LinkedCube.Build(
            [Hierarchy.Flat(2), Hierarchy.Flat(random.Next(2, 5)), Hierarchy.Flat(random.Next(2, 5))],
            random.Next(2) == 0 ? [[0, 1], [0, 2]] : [[0, 1], [0, 2], [0], []],
            () => PropertyHarness.SmallCount(random, k)));

        outcome.Failures.Should().BeEmpty();
        outcome.Secondary.Should().BeGreaterThan(count);
    }

    [Theory]
    [InlineData(31, 300)]
    [InlineData(32, 300)]
    public void Calendar_crossed_with_a_breakdown_passes_the_exact_checker(int seed, int count)
    {
        var outcome = PropertyHarness.Run(seed, count, (random, k) => LinkedCube.Build(
            [Hierarchy.Calendar(), Hierarchy.Flat(random.Next(2, 4))],
            [[0, 1]],
            () => PropertyHarness.SmallCount(random, k) / 3));

        outcome.Failures.Should().BeEmpty();
        outcome.Secondary.Should().BeGreaterThan(count);
    }

    [Theory]
    [InlineData(41, 200)]
    public void Calendar_with_linked_tables_passes_the_exact_checker(int seed, int count)
    {
        // period × sex and period × form at three frequencies sharing the period totals: the builder's shape, scaled
        // down so that the exact checker stays fast.
        var outcome = PropertyHarness.Run(seed, count, (random, k) => LinkedCube.Build(
            [Hierarchy.Calendar(), Hierarchy.Flat(2), Hierarchy.Flat(random.Next(2, 4))],
            [[0, 1], [0, 2]],
            () => PropertyHarness.SmallCount(random, k) / 3));

        outcome.Failures.Should().BeEmpty();
        outcome.Secondary.Should().BeGreaterThan(count);
    }

    [Theory]
    [InlineData(51, 300)]
    public void Cells_suppressed_at_source_are_protected_whatever_their_value(int seed, int count)
    {
        // sex × age and sex × form sharing margins; about one cell in eight of k or more is forced (suppressed at
        // source): the checker demands it be suppressed as a primary, never alone in a relation and never pinned.
        var outcome = PropertyHarness.Run(
            seed,
            count,
            (random, k) => LinkedCube.Build(
                [Hierarchy.Flat(2), Hierarchy.Flat(random.Next(2, 5)), Hierarchy.Flat(random.Next(2, 5))],
                [[0, 1], [0, 2]],
                () => PropertyHarness.SmallCount(random, k)),
            (random, k, problem) => problem with
            {
                Forced = Enumerable.Range(0, problem.Values.Count).Where(i => problem.Values[i] >= k && random.Next(8) == 0).ToList(),
            });

        outcome.Failures.Should().BeEmpty();
        outcome.Secondary.Should().BeGreaterThan(count);
    }
}
