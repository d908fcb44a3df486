using System.Diagnostics;
using System.Globalization;
using Stats.Core.Disclosure;
using Xunit.Abstractions;

namespace Stats.Core.Tests.Disclosure;

public sealed class LargeCubeTests(ITestOutputHelper output)
{
    [Fact]
    public void A_cube_of_about_ten_thousand_cells_is_protected_and_audited_clean()
    {
        // 20 × 20 × 21 categories → 21 × 21 × 22 = 9,702 cells; leaves as sparse as THB breakdowns by region.
        var random = new Random(42);
        string[][] categories =
        [
            [.. Enumerable.Range(0, 20).Select(i => "a" + i.ToString("D2", CultureInfo.InvariantCulture))],
            [.. Enumerable.Range(0, 20).Select(i => "b" + i.ToString("D2", CultureInfo.InvariantCulture))],
            [.. Enumerable.Range(0, 21).Select(i => "c" + i.ToString("D2", CultureInfo.InvariantCulture))],
        ];
        var cells = TestCube.FromLeaves(categories, _ => random.Next(10) < 6 ? 0 : random.Next(1, 40));
        string[] dims = ["sex", "age", "region"];
        var rule = new DisclosureRule(5);

        var watch = Stopwatch.StartNew();
        var result = CubeProtector.Protect(dims, cells, rule);
        var protect = watch.Elapsed;
        watch.Restart();
        var findings = SuppressionAudit.Audit(dims, result, rule);
        var audit = watch.Elapsed;

        cells.Should().HaveCount(9702);
        var primary = cells.Count(c => c.Value > 0 && c.Value < 5);
        result.Count(c => c.Status == ConfidentialityStatus.Primary).Should().Be(primary);
        findings.Where(f => cells.Single(c => c.Coordinates.SequenceEqual(f.Coordinates)).Value > 0).Should().BeEmpty();
        output.WriteLine(string.Create(
            CultureInfo.InvariantCulture,
            $"cells {cells.Count}, primary {primary}, secondary {result.Count(c => c.Status == ConfidentialityStatus.Secondary)}, " +
            $"protect {protect.TotalMilliseconds:F0} ms ({cells.Count / protect.TotalSeconds:F0} cells/s), audit {audit.TotalMilliseconds:F0} ms"));
    }
}
