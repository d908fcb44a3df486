using Stats.Core.Disclosure;

namespace Stats.Core.Tests.Disclosure;

public sealed class SuppressionAuditTests
{
    private static readonly string[] Dims = ["sex", "region"];
    private static readonly DisclosureRule K5 = new(5);

    // Same 2×3 table as HandWorkedProtectionTests: F 3 12 20 | 35, M 8 6 30 | 44, _T 11 18 50 | 79.
    private static List<CubeCell> Table() =>
        TestCube.FromMatrix(["F", "M"], ["R1", "R2", "R3"], new long[,] { { 3, 12, 20 }, { 8, 6, 30 } });

    private static List<ProtectedCell> Withhold(List<CubeCell> cells, params (string[] At, ConfidentialityStatus Status)[] hidden) =>
        cells.Select(c => hidden.FirstOrDefault(h => h.At.SequenceEqual(c.Coordinates)) is { At: not null } h
            ? new ProtectedCell(c.Coordinates, null, h.Status)
            : new ProtectedCell(c.Coordinates, c.Value, ConfidentialityStatus.Free)).ToList();

    [Fact]
    public void Only_primary_suppression_is_flagged_as_pinned()
    {
        // (F,R1) alone hidden: 35 − 12 − 20 = 3 (and 11 − 8 = 3).
        var published = Withhold(Table(), (["F", "R1"], ConfidentialityStatus.Primary));

        var findings = SuppressionAudit.Audit(Dims, published, K5);

        findings.Should().ContainSingle();
        findings[0].Coordinates.Should().Equal("F", "R1");
        (findings[0].Lower, findings[0].Upper).Should().Be((3L, 3L));
        findings[0].Problem.Should().StartWith("pinned");
    }

    [Fact]
    public void A_column_pair_without_row_partners_is_still_pinned()
    {
        // (F,R1) and (M,R1) hidden: column R1 alone has two, but rows F and M have one each: 35−12−20 = 3, 44−6−30 = 8.
        var published = Withhold(Table(), (["F", "R1"], ConfidentialityStatus.Primary), (["M", "R1"], ConfidentialityStatus.Secondary));

        var findings = SuppressionAudit.Audit(Dims, published, K5);

        findings.Select(f => (string.Join(",", f.Coordinates), f.Lower, f.Upper))
            .Should().Equal(("F,R1", 3L, 3L), ("M,R1", 8L, 8L));
    }

    [Fact]
    public void The_protected_rectangle_has_the_hand_derived_intervals_and_no_finding()
    {
        // a=(F,R1)=t, b=(F,R2)=15−t, c=(M,R1)=11−t, d=(M,R2)=3+t, 0 ≤ t ≤ 11 (derivation in HandWorkedProtectionTests).
        var published = CubeProtector.Protect(Dims, Table(), K5);

        var (lower, upper) = SuppressionAudit.FeasibleIntervals(Dims, published);
        (long, long) Interval(params string[] at)
        {
            var i = published.ToList().FindIndex(c => c.Coordinates.SequenceEqual(at));
            return (lower[i], upper[i]);
        }

        Interval("F", "R1").Should().Be((0L, 11L));
        Interval("F", "R2").Should().Be((4L, 15L));
        Interval("M", "R1").Should().Be((0L, 11L));
        Interval("M", "R2").Should().Be((3L, 14L));
        SuppressionAudit.Audit(Dims, published, K5).Should().BeEmpty();
    }

    [Fact]
    public void Two_small_cells_that_bound_each_other_below_k_are_flagged()
    {
        // A=2 B=1 C=50, total 53: hiding only A and B leaves A + B = 3, so each is known to be at most 3.
        var cells = TestCube.FromLeaves([["A", "B", "C"]], l => l[0] switch { "A" => 2, "B" => 1, _ => 50 });
        var published = Withhold(cells, (["A"], ConfidentialityStatus.Primary), (["B"], ConfidentialityStatus.Primary));

        var findings = SuppressionAudit.Audit(["region"], published, K5);

        findings.Select(f => (f.Coordinates[0], f.Lower, f.Upper, f.Problem.StartsWith("upper bound below k", StringComparison.Ordinal)))
            .Should().Equal(("A", 0L, 3L, true), ("B", 0L, 3L, true));
    }

    [Fact]
    public void A_published_small_cell_is_flagged()
    {
        var published = Withhold(Table()); // nothing hidden: (F,R1)=3 is out in the open

        SuppressionAudit.Audit(Dims, published, K5).Should().ContainSingle()
            .Which.Problem.Should().Be("published value below k");
    }
}
