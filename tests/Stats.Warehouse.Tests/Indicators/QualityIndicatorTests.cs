using Stats.Warehouse.Sql;
using Stats.Warehouse.Tests.Support;

namespace Stats.Warehouse.Tests.Indicators;

/// <summary>Q01, Q01B, Q02 on <see cref="IndicatorFixture"/>; Q03 on its own delivery log.</summary>
public sealed class QualityIndicatorTests(IndicatorFixture fixture) : IClassFixture<IndicatorFixture>
{
    [Fact]
    public async Task Q01_lists_registrations_beyond_the_first_of_each_person_year()
    {
        var wh = fixture.Warehouse;
        // 2023: 14 registrations of 8 persons = 6 duplicates: P1 NRM 03-10, P2 NGO1 05-01, P3 POL 06-20, P5 NRM 08-01,
        // P6 NGO1 09-02 and POL 09-03. 2022: P4's single registration, none.
        (await UnitQuery.CountAsync(wh, "Q01", "strftime(ref_date, '%Y-%m')")).Should().Equal(
            "2023-03|1", "2023-05|1", "2023-06|1", "2023-08|1", "2023-09|2");
        (await UnitQuery.CountAsync(wh, "Q01", "year(ref_date), organisation")).Should().Equal("2023|NGO1|2", "2023|NRM|2", "2023|POL|2");
    }

    [Fact]
    public async Task Q01B_puts_each_person_on_exactly_one_combination_of_lists()
    {
        var wh = fixture.Warehouse;
        (await UnitQuery.CountAsync(wh, "Q01B", "year(ref_date), agencies")).Should().Equal(
            "2022|NGO1|1",
            "2023|NGO1|1",          // P4
            "2023|NGO1+NRM|1",      // P2
            "2023|NGO1+NRM+POL|1",  // P6
            "2023|NRM|2",           // P7, P8
            "2023|NRM+POL|2",       // P1, P5
            "2023|POL|1");          // P3
    }

    [Fact]
    public async Task Q02_shares_of_unknown_fields_per_source()
    {
        var wh = fixture.Warehouse;
        // unknown / records, 2023. POL: P5 unknown everywhere, P3's second registration without form.
        // NRM: P1 and P8 without age and citizenship, P8 without form. NGO1: P6 form UNK (P2's SEX|UNK is known).
        // POLS: O3 without age, O4 form UNK. PROS: O3 without age. CRT: no age or citizenship delivered, O5 without sex;
        // O1's final convictions are one record each, not two.
        (await UnitQuery.SelectAsync(wh, "Q02",
            """
            SELECT organisation, quality_field, CAST(sum(numerator) AS INTEGER), CAST(sum(denominator) AS INTEGER)
            FROM units WHERE year(ref_date) = 2023 GROUP BY ALL ORDER BY ALL
            """)).Should().Equal(
                "CRT|AGE|5|5", "CRT|CITIZENSHIP|5|5", "CRT|FORM|0|5", "CRT|SEX|1|5",
                "NGO1|AGE|0|3", "NGO1|CITIZENSHIP|0|3", "NGO1|FORM|1|3", "NGO1|SEX|0|3",
                "NRM|AGE|2|6", "NRM|CITIZENSHIP|2|6", "NRM|FORM|1|6", "NRM|SEX|0|6",
                "POL|AGE|1|5", "POL|CITIZENSHIP|1|5", "POL|FORM|2|5", "POL|SEX|1|5",
                "POLS|AGE|1|5", "POLS|CITIZENSHIP|0|5", "POLS|FORM|1|5", "POLS|SEX|0|5",
                "PROS|AGE|1|4", "PROS|CITIZENSHIP|0|4", "PROS|FORM|0|4", "PROS|SEX|0|4");
        // 2024 court records: O2's final conviction on appeal (kept only as PER_CNV_FIN) and O4's fine without form;
        // prosecution: O4's indictment without form.
        (await UnitQuery.SelectAsync(wh, "Q02",
            "SELECT organisation, CAST(sum(numerator) AS INTEGER), CAST(sum(denominator) AS INTEGER) FROM units WHERE year(ref_date) = 2024 AND quality_field = 'FORM' GROUP BY ALL ORDER BY ALL"))
            .Should().Equal("CRT|1|2", "PROS|1|1");
    }

    [Fact]
    public async Task Q03_days_since_each_sources_last_delivery_up_to_the_publication_date()
    {
        await using var wh = await TempWarehouse.CreateAsync();
        var s = wh.Staging;
        await s.OrganisationAsync("POL", "POLICE");
        await s.OrganisationAsync("NRM", "SOCIAL");
        await s.OrganisationAsync("NGO1", "NGO");
        await s.OrganisationAsync("LAB1", "LABOUR_INSP"); // never delivered: no row
        await s.BatchAsync("POL");                          // all loaded 2024-01-02 03:04:06 UTC
        await s.BatchAsync("NGO1");
        await s.BatchAsync("NRM");
        var nrmLate = await s.BatchAsync("NRM");
        var polAfter = await s.BatchAsync("POL");
        // 23:30 UTC is already the next day in Vienna: the UTC date counts.
        await wh.Writer.ExecuteAsync("UPDATE meta_load_batch SET loaded_at = TIMESTAMPTZ '2024-02-20 23:30:00+00' WHERE load_batch_key = $k", CancellationToken.None, ("k", nrmLate));
        await wh.Writer.ExecuteAsync("UPDATE meta_load_batch SET loaded_at = TIMESTAMPTZ '2024-03-05 08:00:00+00' WHERE load_batch_key = $k", CancellationToken.None, ("k", polAfter));

        // As of 2024-03-01: 2024-01-02 -> 59 days (29 + 29 + 1), 2024-02-20 -> 10 days; POL's delivery of 03-05 is after it.
        (await UnitQuery.SelectAsync(wh, "Q03", "SELECT unit_id, CAST(ref_date AS VARCHAR), organisation, CAST(value AS INTEGER) FROM units ORDER BY 1"))
            .Should().Equal("NGO1|2024-03-01|NGO1|59", "NRM|2024-03-01|NRM|10", "POL|2024-03-01|POL|59");
        // Republished as of 2024-03-10, POL's latest delivery counts: 5 days.
        (await UnitQuery.SelectAsync(wh, "Q03", "SELECT CAST(value AS INTEGER) FROM units WHERE organisation = 'POL'", new DateOnly(2024, 3, 10)))
            .Should().Equal("5");
    }
}
