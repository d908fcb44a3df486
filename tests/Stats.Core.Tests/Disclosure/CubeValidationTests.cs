using Stats.Core.Disclosure;

namespace Stats.Core.Tests.Disclosure;

public sealed class CubeValidationTests
{
    private static readonly string[] Dims = ["sex", "region"];
    private static readonly DisclosureRule Rule = new(5);

    // F: R1=3 R2=12 | M: R1=8 R2=6  → F_T=15, M_T=14, _T: R1=11 R2=18, grand total 29.
    private static List<CubeCell> Valid() => TestCube.FromMatrix(["F", "M"], ["R1", "R2"], new long[,] { { 3, 12 }, { 8, 6 } });

    private static void ShouldRefuse(List<CubeCell> cells, string cellText, string reason)
    {
        var act = () => CubeProtector.Protect(Dims, cells, Rule);
        act.Should().Throw<ArgumentException>()
            .Where(e => e.Message.Contains(cellText, StringComparison.Ordinal) && e.Message.Contains(reason, StringComparison.Ordinal));
    }

    [Fact]
    public void The_valid_fixture_is_accepted() => CubeProtector.Protect(Dims, Valid(), Rule).Should().HaveCount(9);

    [Fact]
    public void A_cell_with_a_missing_coordinate_is_named()
    {
        var cells = Valid();
        cells.Add(new CubeCell(["F"], 3));
        ShouldRefuse(cells, "(sex=F)", "has 1 coordinates but the cube has 2 dimensions");
    }

    [Fact]
    public void A_duplicate_cell_is_named()
    {
        var cells = Valid();
        cells.Add(new CubeCell(["M", "R2"], 6));
        ShouldRefuse(cells, "(sex=M, region=R2)", "occurs more than once");
    }

    [Fact]
    public void A_negative_count_is_named()
    {
        var cells = Valid();
        var i = cells.FindIndex(c => c.Coordinates.SequenceEqual(["M", "R1"]));
        cells[i] = cells[i] with { Value = -1 };
        ShouldRefuse(cells, "(sex=M, region=R1)", "negative count (-1)");
    }

    [Fact]
    public void A_total_that_does_not_add_up_is_named()
    {
        var cells = Valid();
        var i = cells.FindIndex(c => c.Coordinates.SequenceEqual(["_T", "R1"]));
        cells[i] = cells[i] with { Value = 12 }; // children 3 + 8 = 11
        ShouldRefuse(cells, "(sex=_T, region=R1)", "= 12 but its children along 'sex' sum to 11");
    }

    [Fact]
    public void A_missing_cell_is_an_error_not_an_implied_zero()
    {
        // Decision: the protector never invents cells; the caller zero-fills (GROUP BY CUBE omits empty groups).
        var cells = Valid();
        cells.RemoveAll(c => c.Coordinates.SequenceEqual(["M", "_T"]));
        ShouldRefuse(cells, "(sex=M, region=_T)", "is missing");
    }

    [Fact]
    public void A_repeated_dimension_name_is_refused()
    {
        var act = () => CubeProtector.Protect(["sex", "sex"], Valid(), Rule);
        act.Should().Throw<ArgumentException>().Where(e => e.ParamName == "dimensions");
    }
}
