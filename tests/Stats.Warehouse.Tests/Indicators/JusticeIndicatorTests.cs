using Stats.Warehouse.Tests.Support;

namespace Stats.Warehouse.Tests.Indicators;

/// <summary>J01–J07 and R01 cubes (ind_cell) on the hand-counted justice fixture (<see cref="IndicatorFixture"/>).</summary>
public sealed class JusticeIndicatorTests(IndicatorFixture fixture) : IClassFixture<IndicatorFixture>
{
    [Fact]
    public async Task J01_counts_a_case_once_at_its_first_suspicion_over_all_years()
    {
        var wh = fixture.Warehouse;
        // C1 opened 2022-12-10 (O2 joins in 2023: no new investigation); C2 2023-02-01; C3 2023-03-15.
        (await Cells.LinesAsync(wh, "J01", "M")).Should().Equal("2022-12|1", "2023-02|1", "2023-03|1");
        // C3: first record (O4) has no known form, the next one (O1) says CRIM.
        (await Cells.LinesAsync(wh, "J01", "A", "form_main")).Should().Equal("2022|SEX|1", "2023|CRIM|1", "2023|LAB|1");
        (await Cells.LinesAsync(wh, "J01", "A", "organisation")).Should().Equal("2022|POLS|1", "2023|POLS|2");
    }

    [Fact]
    public async Task J02_counts_a_suspect_once_per_year_at_the_first_suspicion()
    {
        var wh = fixture.Warehouse;
        // 2022: O1. 2023: O2 01-10, O1 02-01 (C2; its C3 suspicion of 04-20 adds nothing), O3 02-01, O4 03-15.
        (await Cells.LinesAsync(wh, "J02", "M")).Should().Equal("2022-12|1", "2023-01|1", "2023-02|2", "2023-03|1");
        (await Cells.LinesAsync(wh, "J02", "A", "sex")).Should().Equal("2022|M|1", "2023|F|1", "2023|M|3");
        (await Cells.LinesAsync(wh, "J02", "A", "age_group")).Should().Equal(
            "2022|Y_GE18|1", "2023|UNK|1", "2023|Y_GE18|2", "2023|Y_LT18|1");
        // HU and RO are EU, RS is not.
        (await Cells.LinesAsync(wh, "J02", "A", "citizenship")).Should().Equal(
            "2022|NAT|1", "2023|EU_FOR|2", "2023|NAT|1", "2023|NEU_FOR|1");
        // O1 is placed at C2 (LAB), not C3 (CRIM).
        (await Cells.LinesAsync(wh, "J02", "A", "form_main")).Should().Equal("2022|SEX|1", "2023|LAB|2", "2023|SEX|1", "2023|UNK|1");
    }

    [Fact]
    public async Task J03_and_J04_count_prosecuted_persons_and_prosecution_cases()
    {
        var wh = fixture.Warehouse;
        // Persons 2023: O1 05-01 (again 07-01 in C2), O2 05-01, O3 06-01; 2024: O4.
        (await Cells.LinesAsync(wh, "J03", "M")).Should().Equal("2023-05|2", "2023-06|1", "2024-01|1");
        (await Cells.LinesAsync(wh, "J03", "A", "form_main")).Should().Equal("2023|LAB|1", "2023|SEX|2", "2024|UNK|1");
        // Cases: C1 05-01, C2 06-01 (first indictment O3), C3 2024-01-15 (no form delivered).
        (await Cells.LinesAsync(wh, "J04", "M")).Should().Equal("2023-05|1", "2023-06|1", "2024-01|1");
        (await Cells.LinesAsync(wh, "J04", "A", "form_main")).Should().Equal("2023|LAB|1", "2023|SEX|1", "2024|UNK|1");
    }

    [Fact]
    public async Task J05_J06_J07_count_convicted_persons_final_convictions_and_sentence_bands()
    {
        var wh = fixture.Warehouse;
        // First instance 2023: O1 09-01, O2 09-01, O5 10-15 (acquitted O3 excluded); 2024: O4 (O2's appeal is no new PER_CNV).
        (await Cells.LinesAsync(wh, "J05", "M")).Should().Equal("2023-09|2", "2023-10|1", "2024-06|1");
        (await Cells.LinesAsync(wh, "J05", "A", "sex")).Should().Equal("2023|F|1", "2023|M|1", "2023|UNK|1", "2024|M|1");
        // J05 by form comes from the court registry's table (an aggregate return), which this warehouse never received:
        // every form cell is not available (no value, not confidential), never the microdata count and never zero.
        (await Query.LinesAsync(wh.Writer,
                "SELECT count(*), count(raw_value), count(*) FILTER (conf_status <> 'F') FROM ind_cell WHERE indicator_id = 'J05' AND table_by = 'form_main'"))
            .Should().Equal(["33|0|0"], "11 forms in each of the three years, none with a value, none confidential");
        // Final: O1 (C1 09-01 and C2 11-01, counted once in 09); O2 final on appeal 2024-02-01.
        (await Cells.LinesAsync(wh, "J06", "M")).Should().Equal("2023-09|1", "2024-02|1");
        // Bands of the first conviction of the year: O1 C1 30 m, O2 suspended, O5 custodial without months; O4 fine.
        (await Cells.LinesAsync(wh, "J07", "A", "sentence_band")).Should().Equal(
            "2023|CUST_1T5Y|1", "2023|SUSPENDED|1", "2023|UNK|1", "2024|FINE|1");
    }

    [Fact]
    public async Task R01_sums_compensation_over_convicted_persons()
    {
        var wh = fixture.Warehouse;
        // O1: 5000 (C1) + 2500 (C2) placed at 09-01; O2: 1000. O5 no award; O4's 0 EUR is no award.
        (await Cells.SelectAsync(wh, "R01", "Q", [], "contributors, CAST(raw_value AS BIGINT)")).Should().Equal("2023-Q3|2|8500");
        (await Cells.LinesAsync(wh, "R01", "A", "form_main")).Should().Equal("2023|SEX|8500");
    }
}
