using System.Globalization;
using Stats.Core.Disclosure;

namespace Stats.Core.Tests.Disclosure;

public sealed class ProtectionPropertyTests
{
    private const int Tables = 3000;

    [Fact]
    public void Random_cubes_are_protected_and_pass_the_independent_audit()
    {
        var random = new Random(20240611);
        var failures = new List<string>();
        var suppressedTotal = 0;
        for (var t = 0; t < Tables && failures.Count < 10; t++)
        {
            var (dims, categories, k) = Shape(random);
            var cells = TestCube.FromLeaves(categories, _ => SmallCount(random));
            var rule = new DisclosureRule(k);

            var result = CubeProtector.Protect(dims, cells, rule);
            var name = string.Create(CultureInfo.InvariantCulture, $"table {t} ({dims.Length}-D, k={k})");

            for (var i = 0; i < cells.Count; i++)
            {
                var (value, outcome) = (cells[i].Value, result[i]);
                var small = value > 0 && value < k;
                if (small != (outcome.Status == ConfidentialityStatus.Primary) || (outcome.Status == ConfidentialityStatus.Free) != (outcome.Value == value))
                {
                    failures.Add($"{name}: cell {string.Join(",", cells[i].Coordinates)}={value} came out {outcome}");
                }
            }

            suppressedTotal += result.Count(c => c.Status != ConfidentialityStatus.Free);
            failures.AddRange(LoneSuppressions(categories, result).Select(r => $"{name}: relation at {r} has exactly one suppressed cell"));

            var findings = SuppressionAudit.Audit(dims, result, rule);
            foreach (var f in findings)
            {
                var truth = cells.Single(c => c.Coordinates.SequenceEqual(f.Coordinates)).Value;
                if (truth > 0)
                {
                    failures.Add($"{name}: {string.Join(",", f.Coordinates)}={truth} in [{f.Lower},{f.Upper}]: {f.Problem}");
                }
            }
        }

        failures.Should().BeEmpty();
        suppressedTotal.Should().BeGreaterThan(Tables, "the generator must produce small cells, or the test proves nothing");
    }

    [Fact]
    public void Cubes_without_small_cells_are_published_whole()
    {
        var random = new Random(7);
        for (var t = 0; t < 1000; t++)
        {
            var (dims, categories, k) = Shape(random);

            // Leaves are 0 or at least k, so every total is 0 or at least k too.
            var cells = TestCube.FromLeaves(categories, _ => random.Next(3) == 0 ? 0 : random.Next(k, 200));
            var result = CubeProtector.Protect(dims, cells, new DisclosureRule(k));

            result.Select(c => (c.Status, c.Value)).Should().Equal(cells.Select(c => (ConfidentialityStatus.Free, (long?)c.Value)));
        }
    }

    private static (string[] Dims, string[][] Categories, int K) Shape(Random random)
    {
        var n = random.Next(1, 4);
        var dims = Enumerable.Range(0, n).Select(d => "d" + d.ToString(CultureInfo.InvariantCulture)).ToArray();
        var categories = dims.Select(d => Enumerable.Range(0, random.Next(2, 6))
            .Select(c => d + "c" + c.ToString(CultureInfo.InvariantCulture)).ToArray()).ToArray();
        return (dims, categories, random.Next(3, 12));
    }

    // Many zeros and small counts, a few large ones: small cells everywhere, as in THB breakdowns.
    private static long SmallCount(Random random) => random.Next(10) switch
    {
        < 3 => 0,
        < 7 => random.Next(1, 11),
        _ => random.Next(0, 201),
    };

    private static IEnumerable<string> LoneSuppressions(string[][] categories, IReadOnlyList<ProtectedCell> cells)
    {
        var byKey = cells.ToDictionary(c => string.Join("|", c.Coordinates), StringComparer.Ordinal);
        foreach (var total in cells)
        {
            for (var d = 0; d < categories.Length; d++)
            {
                if (total.Coordinates[d] != TestCube.T)
                {
                    continue;
                }

                var coordinates = total.Coordinates.ToArray();
                var members = new List<ProtectedCell> { total };
                foreach (var category in categories[d])
                {
                    coordinates[d] = category;
                    members.Add(byKey[string.Join("|", coordinates)]);
                }

                if (members.Count(m => m.Status != ConfidentialityStatus.Free) == 1)
                {
                    yield return string.Join(",", total.Coordinates) + " along d" + d.ToString(CultureInfo.InvariantCulture);
                }
            }
        }
    }
}
