using Stats.Warehouse.Indicators;
using Stats.Warehouse.Tests.Indicators;
using Stats.Warehouse.Tests.Support;

namespace Stats.Warehouse.Tests.Freshness;

/// <summary>
/// Q03 and Q03B on the log of <see cref="FreshnessLog"/>, built as of 2024-06-01. The cubes count whole UTC days from the
/// date of the last delivery (loaded on or before the publication date) to the publication date:
/// police-victims 05-30 → 2, police-suspects 05-30 → 2, socialcare-nrm 05-02 → 30, ngo-htcds 05-10 → 22,
/// courts-decisions never delivered, legacy-pol (01-15, 138 days) has no expectation and is left out.
/// </summary>
public sealed class TimelinessIndicatorTests
{
    [Fact]
    public async Task Issue_5_Q03_is_the_stalest_expected_stream_per_organisation()
    {
        await using var wh = await TempWarehouse.CreateAsync();
        await FreshnessLog.FillAsync(wh);
        await BuildCubesAsync(wh);

        // POL: max(2, 2); the total is NRM's 30, not legacy-pol's 138 (no longer expected); CRT never delivered: no cell.
        (await Cells.LinesAsync(wh, "Q03", "A", "organisation")).Should().Equal("2024|NGO1|22", "2024|NRM|30", "2024|POL|2");
        (await Cells.LinesAsync(wh, "Q03", "A")).Should().Equal("2024|30");
    }

    [Fact]
    public async Task Issue_5_Q03B_gives_the_share_of_expected_streams_in_each_status()
    {
        await using var wh = await TempWarehouse.CreateAsync();
        await FreshnessLog.FillAsync(wh);
        await BuildCubesAsync(wh);

        // Late: ngo-htcds (22 ≥ 14), police-victims and police-suspects (2 ≥ 2: on calendar days police-suspects is late,
        // although at the publication instant it is one second short); overdue: socialcare-nrm (30 ≥ 30); never: courts-decisions.
        (await Cells.SelectAsync(wh, "Q03B", "A", ["timeliness_status"], "contributors, round(raw_value, 4)")).Should().Equal(
            "2024|LATE|5|0.6", "2024|NEVER_DELIVERED|5|0.2", "2024|ON_TIME|5|0", "2024|OVERDUE|5|0.2");
        var byOrganisation = await Cells.SelectAsync(wh, "Q03B", "A", ["organisation", "timeliness_status"], "contributors, round(raw_value, 4)");
        byOrganisation.Should().HaveCount(16);
        byOrganisation.Where(l => !l.EndsWith("|0", StringComparison.Ordinal)).Should().Equal(
            "2024|CRT|NEVER_DELIVERED|1|1", "2024|NGO1|LATE|1|1", "2024|NRM|OVERDUE|1|1", "2024|POL|LATE|2|1");
    }

    private static Task BuildCubesAsync(TempWarehouse wh) =>
        new IndicatorBuilder(wh.Database, new ManualTime(FreshnessLog.AsOf)).BuildAsync(wh.Writer, null, null, CancellationToken.None);
}
