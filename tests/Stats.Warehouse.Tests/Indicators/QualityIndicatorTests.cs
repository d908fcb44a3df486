using Stats.Warehouse.Indicators;
using Stats.Warehouse.Sql;
using Stats.Warehouse.Tests.Support;

namespace Stats.Warehouse.Tests.Indicators;

/// <summary>Q01, Q01B, Q02 cubes on <see cref="IndicatorFixture"/>; Q03 on its own delivery log and publication dates.</summary>
public sealed class QualityIndicatorTests(IndicatorFixture fixture) : IClassFixture<IndicatorFixture>
{
    [Fact]
    public async Task Q01_counts_registrations_beyond_the_first_of_each_person_year()
    {
        var wh = fixture.Warehouse;
        // 2023: 14 registrations of 8 persons = 6 duplicates: P1 NRM 03-10, P2 NGO1 05-01, P3 POL 06-20, P5 NRM 08-01,
        // P6 NGO1 09-02 and POL 09-03. 2022: P4's single registration, none.
        (await Cells.LinesAsync(wh, "Q01", "A")).Should().Equal("2023|6");
        (await Cells.LinesAsync(wh, "Q01", "M")).Should().Equal("2023-03|1", "2023-05|1", "2023-06|1", "2023-08|1", "2023-09|2");
        (await Cells.LinesAsync(wh, "Q01", "A", "organisation")).Should().Equal("2023|NGO1|2", "2023|NRM|2", "2023|POL|2");
    }

    [Fact]
    public async Task Q01B_puts_each_person_on_exactly_one_combination_of_lists()
    {
        var wh = fixture.Warehouse;
        (await Cells.LinesAsync(wh, "Q01B", "A", "agencies")).Should().Equal(
            "2022|NGO1|1",
            "2023|NGO1|1",          // P4
            "2023|NGO1+NRM|1",      // P2
            "2023|NGO1+NRM+POL|1",  // P6
            "2023|NRM|2",           // P7, P8
            "2023|NRM+POL|2",       // P1, P5
            "2023|POL|1");          // P3
        (await Cells.LinesAsync(wh, "Q01B", "A")).Should().Equal("2022|1", "2023|8");
    }

    [Fact]
    public async Task Q02_shares_of_unknown_fields_per_source()
    {
        var wh = fixture.Warehouse;
        // records | unknown share, 2023. POL: P5 unknown everywhere, P3's second registration without form.
        // NRM: P1 and P8 without age and citizenship, P8 without form. NGO1: P6 form UNK (P2's SEX|UNK is known).
        // POLS: O3 without age, O4 form UNK. PROS: O3 without age. CRT: no age or citizenship delivered, O5 without sex;
        // O1's final convictions are one record each, not two.
        var cells = await Cells.SelectAsync(wh, "Q02", "A", ["organisation", "quality_field"], "contributors, round(raw_value, 4)");
        cells.Where(c => c.StartsWith("2023|", StringComparison.Ordinal)).Should().Equal(
            "2023|CRT|AGE|5|1", "2023|CRT|CITIZENSHIP|5|1", "2023|CRT|FORM|5|0", "2023|CRT|SEX|5|0.2",
            "2023|NGO1|AGE|3|0", "2023|NGO1|CITIZENSHIP|3|0", "2023|NGO1|FORM|3|0.3333", "2023|NGO1|SEX|3|0",
            "2023|NRM|AGE|6|0.3333", "2023|NRM|CITIZENSHIP|6|0.3333", "2023|NRM|FORM|6|0.1667", "2023|NRM|SEX|6|0",
            "2023|POL|AGE|5|0.2", "2023|POL|CITIZENSHIP|5|0.2", "2023|POL|FORM|5|0.4", "2023|POL|SEX|5|0.2",
            "2023|POLS|AGE|5|0.2", "2023|POLS|CITIZENSHIP|5|0", "2023|POLS|FORM|5|0.2", "2023|POLS|SEX|5|0",
            "2023|PROS|AGE|4|0.25", "2023|PROS|CITIZENSHIP|4|0", "2023|PROS|FORM|4|0", "2023|PROS|SEX|4|0");
        // 2024 forms: CRT O2's final conviction on appeal (kept only as PER_CNV_FIN) and O4's fine without form; PROS O4 without form.
        cells.Where(c => c.StartsWith("2024|", StringComparison.Ordinal) && c.Contains("|FORM|", StringComparison.Ordinal))
            .Should().Equal("2024|CRT|FORM|2|0.5", "2024|PROS|FORM|1|1");
        // All sources 2023, 28 records: age 10 unknown, citizenship 8, form 5, sex 2.
        (await Cells.SelectAsync(wh, "Q02", "A", ["quality_field"], "contributors, round(raw_value, 4)"))
            .Where(c => c.StartsWith("2023|", StringComparison.Ordinal)).Should().Equal(
                "2023|AGE|28|0.3571", "2023|CITIZENSHIP|28|0.2857", "2023|FORM|28|0.1786", "2023|SEX|28|0.0714");
    }

    [Fact]
    public async Task Q03_days_since_each_sources_last_delivery_up_to_the_publication_date()
    {
        await using var wh = await TempWarehouse.CreateAsync();
        var s = wh.Staging;
        await s.OrganisationAsync("POL", "POLICE");
        await s.OrganisationAsync("NRM", "SOCIAL");
        await s.OrganisationAsync("NGO1", "NGO");
        await s.OrganisationAsync("LAB1", "LABOUR_INSP"); // never delivered: no cell
        await s.BatchAsync("POL");                          // all loaded 2024-01-02 03:04:06 UTC
        await s.BatchAsync("NGO1");
        await s.BatchAsync("NRM");
        var nrmLate = await s.BatchAsync("NRM");
        var polAfter = await s.BatchAsync("POL");
        // 23:30 UTC is already the next day in Vienna: the UTC date counts.
        await wh.Writer.ExecuteAsync("UPDATE meta_load_batch SET loaded_at = TIMESTAMPTZ '2024-02-20 23:30:00+00' WHERE load_batch_key = $k", CancellationToken.None, ("k", nrmLate));
        await wh.Writer.ExecuteAsync("UPDATE meta_load_batch SET loaded_at = TIMESTAMPTZ '2024-03-05 08:00:00+00' WHERE load_batch_key = $k", CancellationToken.None, ("k", polAfter));

        // As of 2024-03-01: 2024-01-02 -> 59 days (29 + 29 + 1), 2024-02-20 -> 10 days; POL's delivery of 03-05 is after it.
        await BuildCubesAsync(wh, new DateOnly(2024, 3, 1));
        (await Cells.LinesAsync(wh, "Q03", "A", "organisation")).Should().Equal("2024|NGO1|59", "2024|NRM|10", "2024|POL|59");
        (await Cells.LinesAsync(wh, "Q03", "A")).Should().Equal("2024|59");
        // As of 2024-03-10 POL's latest delivery counts (5 days); NGO1 is now 68 days late, NRM 19.
        await BuildCubesAsync(wh, new DateOnly(2024, 3, 10));
        (await Cells.LinesAsync(wh, "Q03", "A", "organisation")).Should().Equal("2024|NGO1|68", "2024|NRM|19", "2024|POL|5");
        (await Cells.LinesAsync(wh, "Q03", "A")).Should().Equal("2024|68");
    }

    private static Task BuildCubesAsync(TempWarehouse wh, DateOnly asOf) =>
        new IndicatorBuilder(wh.Database, new ManualTime(new DateTimeOffset(asOf.ToDateTime(new TimeOnly(9, 0)), TimeSpan.Zero)))
            .BuildAsync(wh.Writer, null, null, CancellationToken.None);
}
