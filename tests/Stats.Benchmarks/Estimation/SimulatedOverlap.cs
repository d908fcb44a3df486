using Stats.Core.Estimation;

namespace Stats.Benchmarks.Estimation;

/// <summary>
/// Seeded overlap tables for the MSE benchmark: a closed population of <see cref="Population"/> persons, each on list i
/// with probability <see cref="Capture"/>[i], except that persons on list 0 are on list 1 with probability 0.4 (one
/// real dependence for selection to find). See RESULTS.md for the figures.
/// </summary>
internal static class SimulatedOverlap
{
    public const int Population = 10_000;

    public const double OnList1GivenList0 = 0.4;

    /// <summary>Capture probabilities of the first n lists: 0.05, 0.08, … rising by 0.015 (10 lists: 0.05–0.185).</summary>
    public static double[] Capture(int lists) => [.. Enumerable.Range(0, lists).Select(i => 0.05 + (0.015 * i))];

    public static OverlapTable Draw(int lists, int seed)
    {
        var random = new Random(seed);
        var capture = Capture(lists);
        var persons = new Dictionary<int, long>();
        for (var person = 0; person < Population; person++)
        {
            var seen = 0;
            for (var i = 0; i < lists; i++)
            {
                var p = i == 1 && (seen & 1) != 0 ? OnList1GivenList0 : capture[i];
                seen |= random.NextDouble() < p ? 1 << i : 0;
            }

            if (seen != 0)
            {
                persons[seen] = persons.GetValueOrDefault(seen) + 1;
            }
        }

        return new OverlapTable([.. Enumerable.Range(1, lists).Select(i => $"L{i}")], persons);
    }
}
