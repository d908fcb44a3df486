using Stats.Core.Disclosure;
using Stats.Core.Tests.Disclosure.Checker;

namespace Stats.Core.Tests.Disclosure;

/// <summary>Small problems whose protection pattern is worked out by hand in the comments.</summary>
public sealed class HandWorkedProtectionTests
{
    private static readonly DisclosureRule K5 = new(5);

    [Fact]
    public void Two_by_two_table_with_one_small_cell_gets_a_rectangle()
    {
        //          A    B  |  T          cells: 0 FA, 1 FB, 2 FT, 3 MA, 4 MB, 5 MT, 6 TA, 7 TB, 8 TT
        //   F      3   10  | 13
        //   M      7   12  | 19          k = 5: only FA = 3 is primary.
        //   T     10   22  | 32
        // Row F (13; 3, 10) holds one suppressed cell → its cheapest published cell FB = 10 (13 costs more).
        // Column A (10; 3, 7) → MA = 7. Row M (19; 7, 12) → MB = 12. Column B then holds two: fixed point.
        // FA = t, FB = 13 − t, MA = 10 − t, MB = 9 + t for 0 ≤ t ≤ 10: FA's upper bound 10 ≥ k, nothing pinned.
        long[] values = [3, 10, 13, 7, 12, 19, 10, 22, 32];
        AdditiveRelation[] relations = [new(2, [0, 1]), new(5, [3, 4]), new(8, [6, 7]), new(6, [0, 3]), new(7, [1, 4]), new(8, [2, 5])];

        var result = LinkedProtector.Protect(new ProtectionProblem(values, relations), K5);

        Text(result).Should().Be("C D F D D F F F F");
    }

    [Fact]
    public void A_zero_is_not_chosen_as_the_partner_of_a_small_cell()
    {
        // A = 3, B = 0, C = 12, T = 15. Hiding B would leave A + B = 3, so A ≤ 3 < k: the partner is C (non-zero
        // before zero). A + C = 15: both in [0, 15].
        var result = LinkedProtector.Protect(new ProtectionProblem([3, 0, 12, 15], [new(3, [0, 1, 2])]), K5);

        Text(result).Should().Be("C F D F");
    }

    [Fact]
    public void Two_small_cells_that_reveal_their_smallness_together_get_a_third()
    {
        // A = 2, B = 1, C = 50, T = 53: the relation already holds two suppressed cells, but A + B = 53 − 50 = 3 caps
        // each at 3 < k. The cheapest way to let A reach 5 is to hide C (cost 51; T costs 54): A + B + C = 53.
        var result = LinkedProtector.Protect(new ProtectionProblem([2, 1, 50, 53], [new(3, [0, 1, 2])]), K5);

        Text(result).Should().Be("C C D F");
    }

    [Fact]
    public void A_bridge_cell_recoverable_only_by_combining_relations_is_protected()
    {
        //          c1  c2  c3  c4 |  T
        //   r1      4   4  20  30 |  58      Primaries (k = 5): the 2×2 blocks r1–r2 × c1–c2 and r3–r4 × c3–c4 (all 4s)
        //   r2      4   4   3  25 |  36      and the bridge r2c3 = 3. Every row and column holds two or more suppressed
        //   r3     40  50   4   4 |  98      cells, so no single relation gives anything away, and interval reasoning
        //   r4     45  35   4   4 |  88      (the old method) found nothing. But rows r1 + r2 give the suppressed sum
        //   T      93  93  31  63 | 280      8 + 11 = 19 and columns c1 + c2 give 8 + 8 = 16, so r2c3 = 19 − 16 = 3.
        // Repair: r2c3 must be able to reach 5. Cheapest: hide r1c3 = 20 (cost 21; r2c4 = 25, the totals 31 and 36
        // cost more): then r2c3 + t, r1c3 − t, r1c1 + t, r2c1 − t (and the same through c2) lets r2c3 reach 11.
        var (values, relations) = Grid(new long[,] { { 4, 4, 20, 30 }, { 4, 4, 3, 25 }, { 40, 50, 4, 4 }, { 45, 35, 4, 4 } });

        var result = LinkedProtector.Protect(new ProtectionProblem(values, relations), K5);

        string.Join(" / ", Enumerable.Range(0, 5).Select(i => Text(result.Skip(5 * i).Take(5).ToArray())))
            .Should().Be("C C D F F / C C C F F / F F C C F / F F C C F / F F F F F");
    }

    [Fact]
    public void A_month_hidden_in_the_monthly_table_is_not_revealed_by_the_quarterly_one()
    {
        // Cells 0–11 months, 12–15 quarters, 16 year. Jan = 2 (primary). Q1 = Jan 2 + Feb 7 + Mar 9 = 18.
        // Protecting the monthly table alone would pair Jan with the cheapest month, Apr = 6; the published quarter
        // Q1 would then give Jan = 18 − 7 − 9 = 2. Linked, Q1's relation holds Jan alone, so its cheapest published
        // cell Feb = 7 is hidden instead; the year relation then holds Jan and Feb too. Jan + Feb = 9 either way:
        // Jan in [0, 9], Feb in [0, 9]. Nothing else is needed.
        long[] months = [2, 7, 9, 6, 8, 10, 10, 11, 12, 13, 14, 15];
        var quarters = Enumerable.Range(0, 4).Select(q => months.Skip(3 * q).Take(3).Sum()).ToArray();
        long[] values = [.. months, .. quarters, months.Sum()];
        AdditiveRelation[] relations =
        [
            .. Enumerable.Range(0, 4).Select(q => new AdditiveRelation(12 + q, [3 * q, (3 * q) + 1, (3 * q) + 2])),
            new(16, [12, 13, 14, 15]),
            new(16, Enumerable.Range(0, 12).ToArray()),
        ];

        var result = LinkedProtector.Protect(new ProtectionProblem(values, relations), K5);

        Text(result).Should().Be("C D F F F F F F F F F F F F F F F");
    }

    [Fact]
    public void The_checker_catches_the_bridge_when_only_primaries_are_hidden()
    {
        // Proves the independent checker can fail: the unrepaired bridge pattern must be reported as pinned.
        var (values, relations) = Grid(new long[,] { { 4, 4, 20, 30 }, { 4, 4, 3, 25 }, { 40, 50, 4, 4 }, { 45, 35, 4, 4 } });
        var statuses = values.Select(v => v is > 0 and < 5 ? ConfidentialityStatus.Primary : ConfidentialityStatus.Free).ToArray();

        var failures = ProtectionChecker.Check(new ProtectionProblem(values, relations), 5, statuses);

        failures.Should().Contain(f => f.Contains("cell 7 = 3", StringComparison.Ordinal) && f.Contains("pinned", StringComparison.Ordinal));
        failures.Should().Contain(f => f.Contains("cell 7 = 3 has exact upper bound 3 < k = 5", StringComparison.Ordinal));
    }

    [Fact]
    public void A_forced_cell_of_k_or_more_is_suppressed_as_a_primary_and_given_a_partner()
    {
        // A = 17 was suppressed at source (say 'c'); B = 20, C = 9, T = 46. Alone in its relation, A would be T − B − C,
        // so the cheapest published cell (cost value + 1: C 10, B 21, T 47) is hidden too: A + C = 26, A anywhere in 0 … 26.
        var problem = new ProtectionProblem([17, 20, 9, 46], [new(3, [0, 1, 2])]) { Forced = [0] };

        var result = LinkedProtector.Protect(problem, K5);

        Text(result).Should().Be("C F D F");
        ProtectionChecker.Check(problem, 5, result).Should().BeEmpty();
    }

    [Fact]
    public void A_forced_cell_is_never_left_pinned_by_combining_relations()
    {
        // The bridge table with r2c3 = 13 suppressed at source (forced; 13 ≥ k, so no primary of its own). Rows r1 + r2
        // give the suppressed sum 8 + 21 = 29, columns c1 + c2 give 16: with only the primaries and r2c3 hidden,
        // r2c3 = 29 − 16 = 13 exactly (the checker proves it below). Protected, it must move.
        var (values, relations) = Grid(new long[,] { { 4, 4, 20, 30 }, { 4, 4, 13, 25 }, { 40, 50, 4, 4 }, { 45, 35, 4, 4 } });
        var problem = new ProtectionProblem(values, relations) { Forced = [7] };
        var unprotected = values.Select((v, i) => v is > 0 and < 5 || i == 7 ? ConfidentialityStatus.Primary : ConfidentialityStatus.Free).ToArray();
        ProtectionChecker.Check(problem, 5, unprotected).Should().Contain(f => f.Contains("cell 7 = 13 is pinned", StringComparison.Ordinal));

        var result = LinkedProtector.Protect(problem, K5);

        result[7].Should().Be(ConfidentialityStatus.Primary);
        ProtectionChecker.Check(problem, 5, result).Should().BeEmpty();
    }

    /// <summary>A 4×4 table with row totals (column 4), column totals (row 4) and the grand total; cell = 5·row + column.</summary>
    private static (long[] Values, AdditiveRelation[] Relations) Grid(long[,] inner)
    {
        var values = new long[25];
        for (var i = 0; i < 4; i++)
        {
            for (var j = 0; j < 4; j++)
            {
                values[(5 * i) + j] = inner[i, j];
                values[(5 * i) + 4] += inner[i, j];
                values[20 + j] += inner[i, j];
                values[24] += inner[i, j];
            }
        }

        var relations = Enumerable.Range(0, 5).Select(i => new AdditiveRelation((5 * i) + 4, Enumerable.Range(0, 4).Select(j => (5 * i) + j).ToArray()))
            .Concat(Enumerable.Range(0, 5).Select(j => new AdditiveRelation(20 + j, Enumerable.Range(0, 4).Select(i => (5 * i) + j).ToArray())))
            .ToArray();
        return (values, relations);
    }

    private static string Text(IReadOnlyList<ConfidentialityStatus> statuses) => string.Join(" ", statuses.Select(s => s switch
    {
        ConfidentialityStatus.Primary => "C",
        ConfidentialityStatus.Secondary => "D",
        _ => "F",
    }));
}
