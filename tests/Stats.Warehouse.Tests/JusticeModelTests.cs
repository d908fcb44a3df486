using Stats.Warehouse.Tests.Support;

namespace Stats.Warehouse.Tests;

/// <summary>Justice stages on the hand-counted fixture (see <see cref="Fixtures.JusticeAsync"/>).</summary>
public sealed class JusticeModelTests
{
    private const string Names =
        """
        CASE m.linkage_key WHEN sha256('O1') THEN 'O1' WHEN sha256('O2') THEN 'O2' WHEN sha256('O3') THEN 'O3' WHEN sha256('O4') THEN 'O4' END
        """;

    private const string Cases = "CASE c.case_id WHEN 'C1' THEN 'C1' WHEN 'C2' THEN 'C2' WHEN 'C3' THEN 'C3' END";

    [Fact]
    public async Task Final_convictions_add_a_final_stage_row_and_sentences_get_their_band()
    {
        await using var wh = await BuiltAsync();
        (await Query.LinesAsync(wh.Writer,
            $"""
            SELECT {Names}, {Cases}, j.stage_code, j.date_key, coalesce(j.sentence_band_code, '-')
            FROM fct_justice_person_stage j
            JOIN map_offender m USING (person_key) JOIN map_case c USING (case_key)
            WHERE j.stage_code IN ('PER_CNV', 'PER_CNV_FIN', 'PER_ACQ') ORDER BY 1, 2, 3
            """)).Should().Equal(
                "O1|C1|PER_CNV|20230901|CUST_1T5Y",
                "O1|C1|PER_CNV_FIN|20230901|CUST_1T5Y",
                "O1|C2|PER_CNV|20231101|CUST_GT10Y",
                "O1|C2|PER_CNV_FIN|20231101|CUST_GT10Y",
                "O2|C1|PER_CNV|20230901|SUSPENDED",
                "O2|C1|PER_CNV_FIN|20240201|SUSPENDED",
                "O3|C2|PER_ACQ|20231001|-",
                "O4|C3|PER_CNV|20231201|FINE");
        (await Query.CountAsync(wh.Writer, "SELECT count(*) FROM fct_justice_person_stage")).Should().Be(15);
    }

    [Fact]
    public async Task Distinct_persons_and_cases_per_stage()
    {
        await using var wh = await BuiltAsync();
        (await Query.LinesAsync(wh.Writer,
            """
            SELECT stage_code, count(*), count(DISTINCT person_key), count(DISTINCT case_key)
            FROM fct_justice_person_stage WHERE "year" = 2023 GROUP BY ALL ORDER BY ALL
            """)).Should().Equal(
                "PER_ACQ|1|1|1",
                "PER_CNV|4|3|3",
                "PER_CNV_FIN|2|1|2",
                "PER_PRSC|3|3|2",
                "PER_SUSP|4|3|2");
        (await Query.LinesAsync(wh.Writer, "SELECT \"year\", stage_code, count(*) FROM fct_justice_person_stage WHERE \"year\" = 2024 GROUP BY ALL"))
            .Should().Equal("2024|PER_CNV_FIN|1");
    }

    [Fact]
    public async Task Offender_keys_are_their_own_key_space_and_attributes_are_resolved()
    {
        await using var wh = await BuiltAsync();
        (await Query.CountAsync(wh.Writer, "SELECT count(*) FROM map_offender")).Should().Be(4);
        (await Query.CountAsync(wh.Writer, "SELECT count(*) FROM map_person")).Should().Be(0);
        (await Query.LinesAsync(wh.Writer,
            $"""
            SELECT {Names}, sex_code, coalesce(CAST(age_years AS VARCHAR), '-'), age_group_code, country_code, citizenship_group_code, form_code
            FROM fct_justice_person_stage j JOIN map_offender m USING (person_key) WHERE stage_code = 'PER_SUSP' ORDER BY 1, form_code
            """)).Should().Equal(
                "O1|M|45|Y_GE18|AT|NAT|LAB",
                "O1|M|45|Y_GE18|AT|NAT|SEX",
                "O2|F|17|Y_LT18|HU|EU_FOR|SEX",
                "O3|M|-|UNK|RS|NEU_FOR|LAB");
        // Sentences and compensation stay on convictions only.
        (await Query.LinesAsync(wh.Writer,
            "SELECT stage_code, CAST(sum(compensation_eur) AS INTEGER) FROM fct_justice_person_stage WHERE compensation_eur IS NOT NULL GROUP BY ALL ORDER BY ALL"))
            .Should().Equal("PER_CNV|5000", "PER_CNV_FIN|5000");
    }

    private static async Task<TempWarehouse> BuiltAsync()
    {
        var wh = await TempWarehouse.CreateAsync();
        await Fixtures.JusticeAsync(wh.Staging);
        await wh.BuildAsync();
        return wh;
    }
}
