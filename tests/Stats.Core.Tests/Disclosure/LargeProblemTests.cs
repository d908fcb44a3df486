using System.Diagnostics;
using System.Globalization;
using Stats.Core.Disclosure;
using Xunit.Abstractions;

namespace Stats.Core.Tests.Disclosure;

/// <summary>
/// A problem of the size the cube builder sends per indicator and year. Asserts the cheap guarantees (1, 2) and prints
/// the time (one run, JIT included, Debug build as `dotnet test` runs it); the exact LP guarantee is proven on smaller problems by the property tests (the exact checker would take
/// minutes here). No time assertion: a shared CI machine makes one flaky.
/// </summary>
public sealed class LargeProblemTests(ITestOutputHelper output)
{
    [Fact]
    public void One_indicator_year_of_linked_tables_at_three_frequencies()
    {
        // period (12 months, 4 quarters, year) × sex × age (7), × sex × form (8), × sex × citizenship (10),
        // × age × form and × form × region (20), sharing their margins: 20,000 persons spread unevenly, so that about
        // a sixth of the cells hold 1 … 4 persons.
        Hierarchy[] dims = [Hierarchy.Calendar(), Hierarchy.Flat(2), Hierarchy.Flat(7), Hierarchy.Flat(8), Hierarchy.Flat(10), Hierarchy.Flat(20)];
        var random = new Random(2024);
        var persons = Enumerable.Range(0, 20000).Select(_ => (dims.Select(d => Skewed(random, d)).ToArray(), 1L)).ToList();
        var cube = LinkedCube.FromLeaves(dims, [[0, 1, 2], [0, 1, 3], [0, 1, 4], [0, 2, 3], [0, 3, 5]], persons);
        var problem = cube.Problem;
        var rule = new DisclosureRule(5);
        var small = problem.Values.Count(v => v is > 0 and < 5);

        var clock = Stopwatch.StartNew();
        var statuses = LinkedProtector.Protect(problem, rule);
        clock.Stop();

        var secondary = statuses.Count(s => s == ConfidentialityStatus.Secondary);
        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{problem.Values.Count} cells, {problem.Relations.Count} relations, {small} small cells, {secondary} secondary: {clock.Elapsed.TotalMilliseconds:F0} ms"));

        statuses.Where((s, i) => (s == ConfidentialityStatus.Primary) != problem.Values[i] is > 0 and < 5).Should().BeEmpty();
        problem.Relations.Where(r => r.Members.Append(r.Total).Count(c => statuses[c] != ConfidentialityStatus.Free) == 1).Should().BeEmpty();
        small.Should().BeGreaterThan(700, "the fixture must be as hard as the builder's real problems");
    }

    // Leaf code of a record: low codes far more likely, as in real breakdowns (most victims in few categories).
    private static int Skewed(Random random, Hierarchy h)
    {
        var leaves = Enumerable.Range(0, h.Codes).Where(h.IsLeaf).ToArray();
        var u = random.NextDouble();
        return leaves[(int)(leaves.Length * u * u)];
    }
}
