using System.Globalization;
using Stats.Core.Disclosure;
using Stats.Core.Tests.Disclosure.Checker;

namespace Stats.Core.Tests.Disclosure;

/// <summary>Runs the protector over random problems and checks each result with the independent exact checker.</summary>
internal static class PropertyHarness
{
    public sealed record Outcome(int Problems, int Suppressed, int Secondary, List<string> Failures);

    /// <summary><paramref name="adjust"/>, if given, changes each problem before it is protected (e.g. forces cells).</summary>
    public static Outcome Run(int seed, int count, Func<Random, int, LinkedCube> shape, Func<Random, int, ProtectionProblem, ProtectionProblem>? adjust = null)
    {
        var random = new Random(seed);
        var failures = new List<string>();
        var (suppressed, secondary) = (0, 0);
        for (var t = 0; t < count && failures.Count < 10; t++)
        {
            var k = random.Next(2, 8);
            var problem = shape(random, k).Problem;
            if (adjust is not null)
            {
                problem = adjust(random, k, problem);
            }

            if (random.Next(5) == 0)
            {
                // Caller-chosen costs, with ties, so the tie-break and cost ordering are exercised too.
                problem = problem with { Costs = problem.Values.Select(_ => (double)random.Next(1, 6)).ToArray() };
            }

            var name = string.Create(CultureInfo.InvariantCulture, $"seed {seed} problem {t} (k={k}, {problem.Values.Count} cells)");
            var statuses = LinkedProtector.Protect(problem, new DisclosureRule(k));
            failures.AddRange(ProtectionChecker.Check(problem, k, statuses).Select(f => $"{name}: {f}"));
            suppressed += statuses.Count(s => s != ConfidentialityStatus.Free);
            secondary += statuses.Count(s => s == ConfidentialityStatus.Secondary);

            if (t % 8 == 0)
            {
                var shuffled = LinkedProtector.Protect(Shuffle(problem, random), new DisclosureRule(k));
                if (!shuffled.SequenceEqual(statuses))
                {
                    failures.Add($"{name}: result changed when relations and members were reordered");
                }
            }
        }

        return new Outcome(count, suppressed, secondary, failures);
    }

    /// <summary>Many zeros and small counts, a few larger ones: small cells everywhere, as in THB breakdowns.</summary>
    public static long SmallCount(Random random, int k) => random.Next(10) switch
    {
        < 4 => 0,
        < 7 => random.Next(1, k),
        _ => random.Next(k, k + 30),
    };

    private static ProtectionProblem Shuffle(ProtectionProblem problem, Random random)
    {
        var relations = problem.Relations
            .Select(r => new AdditiveRelation(r.Total, r.Members.OrderBy(_ => random.Next()).ToArray()))
            .OrderBy(_ => random.Next())
            .ToArray();
        return problem with { Relations = relations };
    }
}
