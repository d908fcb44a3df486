using Stats.Core.Indicators;
using Stats.Warehouse.Indicators;
using Stats.Warehouse.Tests.Support;

namespace Stats.Warehouse.Tests.Aggregates;

/// <summary>
/// Which delivery and which source a cube cell comes from: the current batch of a year, microdata and a return side by
/// side in one indicator, and the errors that stop a build when a definition and a return do not fit together.
/// </summary>
public sealed class SourceTests
{
    private const string Contract = "court-test";

    [Fact]
    public async Task A_later_delivery_for_a_year_replaces_the_earlier_one_in_the_cubes_and_other_years_stay()
    {
        // Batch 1: 2022 _T 25, F 15, M 10; 2023 _T 30, F 18, M 12, UNK 5. Batch 2 (2023 only): _T 33, F 20, M 13.
        // 2023 is batch 2 alone: UNK, no longer stated, is missing rather than 5; 2022 still comes from batch 1.
        await using var wh = await AggregateWarehouse.CreateAsync(AggregateWarehouse.SexDefinition());
        await wh.DeliverAsync(Contract, "T01", "persons",
            ("2022", "sex=_T", "25"), ("2022", "sex=F", "15"), ("2022", "sex=M", "10"),
            ("2023", "sex=_T", "30"), ("2023", "sex=F", "18"), ("2023", "sex=M", "12"), ("2023", "sex=UNK", "5"));
        await wh.DeliverAsync(Contract, "T01", "persons", ("2023", "sex=_T", "33"), ("2023", "sex=F", "20"), ("2023", "sex=M", "13"));
        await wh.BuildAsync();

        (await wh.CellsAsync("T01", "A")).Should().Equal("2022|25|25|F|||25", "2023|33|33|F|||33");
        (await wh.CellsAsync("T01", "A", "sex")).Should().Equal(
            "2022|F|15|15|F|||15", "2022|M|10|10|F|||10", "2022|UNK|null|null|F|||0", "2022|X|null|null|F|||0",
            "2023|F|20|20|F|||20", "2023|M|13|13|F|||13", "2023|UNK|null|null|F|||0", "2023|X|null|null|F|||0");
    }

    [Fact]
    public async Task One_table_from_microdata_and_one_from_a_return_share_an_indicator_each_from_its_own_source()
    {
        // T07 = convicted persons: the total and sex from the justice records (Fixtures.JusticeAsync: 2023 O1 M, O2 F,
        // O4 M → 3; F 1, M 2, zero-filled X and UNK), the main form from the court registry's table (SEX 6, LAB 5,
        // total 11 — the total cell is the microdata one, whose table it is). Raw (analyst) values are compared: the
        // records' small counts are suppressed for the public.
        const string Definition =
            """
            {
              "id": "T07", "title": "Convicted persons", "definition": "Persons convicted at first instance.", "unit": "persons",
              "measure": "count", "sql": "T07.sql", "breakdowns": ["sex", "form_main"],
              "tables": [ { "by": [], "frequencies": ["A"] }, { "by": ["sex"], "frequencies": ["A"] },
                          { "by": ["form_main"], "frequencies": ["A"], "source": "aggregate:court-test" } ],
              "sources": ["COURT"], "disclosure": { "rule": "threshold" }, "references": {}
            }
            """;
        await using var wh = await AggregateWarehouse.CreateAsync(
            ("T07.json", Definition), ("T07.sql", "-- grain: one row per convicted person and year\nSELECT * FROM justice_person_units('PER_CNV')"));
        await Fixtures.JusticeAsync(wh.Warehouse.Staging);
        await wh.DeliverAsync(Contract, "T07", "persons", ("2023", "form_main=_T", "11"), ("2023", "form_main=SEX", "6"), ("2023", "form_main=LAB", "5"));
        await wh.BuildAsync();

        (await Query.LinesAsync(wh.Warehouse.Writer,
            """
            SELECT table_by, sex, form_main, raw_value, conf_status FROM ind_cell
            WHERE indicator_id = 'T07' AND "year" = 2023 AND (raw_value IS DISTINCT FROM 0 OR table_by = 'sex') AND (raw_value IS NOT NULL OR form_main = 'CRIM')
            ORDER BY table_by, sex, form_main
            """)).Should().Equal(
            "|_T|_T|3|C",
            "form_main|_T|CRIM|null|F", "form_main|_T|LAB|5|F", "form_main|_T|SEX|6|F",
            "sex|F|_T|1|C", "sex|M|_T|2|C", "sex|UNK|_T|0|F", "sex|X|_T|0|F");
        (await Query.LinesAsync(wh.Warehouse.Writer, "SELECT table_by, freq, source FROM ind_table ORDER BY table_by"))
            .Should().Equal("|A|microdata", "form_main|A|aggregate:court-test", "sex|A|microdata");
    }

    [Theory]
    [InlineData("J05", "persons", "T01: aggregate return 'court-test' states its cells for indicator J05 in persons, but T01 counts persons;*")]
    [InlineData("T01", "decisions", "T01: aggregate return 'court-test' states its cells for indicator T01 in decisions, but T01 counts persons;*")]
    public async Task A_return_stating_another_indicator_or_unit_stops_the_build(string indicator, string unit, string message)
    {
        await using var wh = await AggregateWarehouse.CreateAsync(AggregateWarehouse.SexDefinition());
        await wh.DeliverAsync(Contract, indicator, unit, ("2023", "sex=_T", "20"));

        var build = wh.BuildAsync;

        (await build.Should().ThrowAsync<IndicatorBuildException>()).WithMessage(message);
    }

    [Fact]
    public async Task Tables_of_different_sources_that_share_cells_without_a_table_of_their_own_stop_the_build()
    {
        await using var wh = await AggregateWarehouse.CreateAsync(AggregateWarehouse.Definition(
            "T01", Contract, "persons", "\"sex\", \"form_main\", \"age_group\"",
            "{ \"by\": [\"sex\", \"form_main\"] }, { \"by\": [\"sex\", \"age_group\"], \"source\": \"aggregate:other-test\" }"));

        var build = wh.BuildAsync;

        (await build.Should().ThrowAsync<IndicatorCatalogueException>()).WithMessage(
            "T01.json: the cells by '' at A belong to table 'sex,form_main' (source aggregate:court-test) and to table 'sex,age_group' (source aggregate:other-test);*");
    }
}
