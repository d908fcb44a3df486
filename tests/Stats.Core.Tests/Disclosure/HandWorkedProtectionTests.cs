using Stats.Core.Disclosure;

namespace Stats.Core.Tests.Disclosure;

public sealed class HandWorkedProtectionTests
{
    private static readonly string[] Region = ["region"];
    private static readonly DisclosureRule K5 = new(5);

    private static List<CubeCell> OneD(long a, long b, long c) =>
        TestCube.FromLeaves([["A", "B", "C"]], l => l[0] switch { "A" => a, "B" => b, _ => c });

    private static string Statuses(IReadOnlyList<ProtectedCell> cells, params string[][] coordinates) =>
        string.Join(" ", coordinates.Select(c => cells.At(c).Status switch
        {
            ConfidentialityStatus.Primary => "C",
            ConfidentialityStatus.Secondary => "D",
            _ => cells.At(c).Value!.Value.ToString(System.Globalization.CultureInfo.InvariantCulture),
        }));

    [Fact]
    public void One_small_cell_gets_its_smallest_positive_sibling_suppressed()
    {
        // A=3 B=10 C=20, total 33, k=5. A is primary. Its only relation (total 33; 3, 10, 20) would give A = 33−10−20,
        // so one more cell goes: the smallest positive non-suppressed one, B=10. A and B then lie in [0, 13].
        var result = CubeProtector.Protect(Region, OneD(3, 10, 20), K5);

        Statuses(result, ["A"], ["B"], ["C"], ["_T"]).Should().Be("C D 20 33");
    }

    [Fact]
    public void Two_small_cells_that_reveal_their_smallness_together_get_a_third()
    {
        // A=2 B=1 C=50, total 53, k=5. A and B are primary: the relation already holds two suppressed cells, but
        // 53 − 50 = 3 shows each is at most 3 (< k). The repair suppresses C=50 (the grand total 53 is avoided).
        var result = CubeProtector.Protect(Region, OneD(2, 1, 50), K5);

        Statuses(result, ["A"], ["B"], ["C"], ["_T"]).Should().Be("C C D 53");
    }

    [Fact]
    public void A_zero_is_published_and_not_chosen_as_the_partner_of_a_small_cell()
    {
        // A=3 B=0 C=12, total 15. B is the smallest cell but suppressing a zero adds no uncertainty to A
        // (A = 15 − 12 − B with B ≥ 0 gives A ≤ 3 either way), so C=12 is suppressed.
        var result = CubeProtector.Protect(Region, OneD(3, 0, 12), K5);

        Statuses(result, ["A"], ["B"], ["C"], ["_T"]).Should().Be("C 0 D 15");
    }

    [Fact]
    public void Equal_candidates_are_broken_by_coordinates_whatever_the_input_order()
    {
        // A=3 B=8 C=8: B and C tie on value; B sorts first ordinally.
        var cells = OneD(3, 8, 8);
        var reversed = Enumerable.Reverse(cells).ToList();

        Statuses(CubeProtector.Protect(Region, cells, K5), ["A"], ["B"], ["C"], ["_T"]).Should().Be("C D 8 19");
        Statuses(CubeProtector.Protect(Region, reversed, K5), ["A"], ["B"], ["C"], ["_T"]).Should().Be("C D 8 19");
    }

    [Fact]
    public void Nothing_is_suppressed_when_no_cell_is_small()
    {
        var result = CubeProtector.Protect(Region, OneD(0, 7, 9), K5);

        Statuses(result, ["A"], ["B"], ["C"], ["_T"]).Should().Be("0 7 9 16");
    }

    [Fact]
    public void Two_by_three_table_with_one_small_cell_closes_a_rectangle()
    {
        //          R1   R2   R3 |  _T
        //   F       3   12   20 |  35
        //   M       8    6   30 |  44
        //   _T     11   18   50 |  79        k = 5: only (F,R1)=3 is primary.
        // Column R1 (11; 3, 8): one suppressed → smallest positive partner (M,R1)=8 (11 is larger).
        // Row F (35; 3, 12, 20): one suppressed → (F,R2)=12.
        // Row M (44; 8, 6, 30): now only (M,R1) → (M,R2)=6. Column R2 (18; 12, 6) then holds two: fixed point.
        // The four suppressed cells form a rectangle: a=(F,R1)=t, b=(F,R2)=15−t, c=(M,R1)=11−t, d=(M,R2)=3+t with
        // 0 ≤ t ≤ 11, so nothing is pinned and a's upper bound 11 ≥ k: no repair needed.
        var cells = TestCube.FromMatrix(["F", "M"], ["R1", "R2", "R3"], new long[,] { { 3, 12, 20 }, { 8, 6, 30 } });

        var result = CubeProtector.Protect(["sex", "region"], cells, K5);

        Statuses(result, ["F", "R1"], ["F", "R2"], ["F", "R3"], ["F", "_T"]).Should().Be("C D 20 35");
        Statuses(result, ["M", "R1"], ["M", "R2"], ["M", "R3"], ["M", "_T"]).Should().Be("D D 30 44");
        Statuses(result, ["_T", "R1"], ["_T", "R2"], ["_T", "R3"], ["_T", "_T"]).Should().Be("11 18 50 79");
    }
}
