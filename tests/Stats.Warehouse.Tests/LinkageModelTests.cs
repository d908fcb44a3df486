using Stats.Warehouse.Tests.Support;

namespace Stats.Warehouse.Tests;

/// <summary>Person linkage on the hand-counted victim fixture (see <see cref="Fixtures.VictimsAsync"/>).</summary>
public sealed class LinkageModelTests
{
    // Person names of the fixture, read back through map_person so that assertions name persons, not keys.
    private const string PersonName =
        """
        CASE m.linkage_key
            WHEN sha256('P1') THEN 'P1' WHEN sha256('P2') THEN 'P2' WHEN sha256('P3') THEN 'P3'
            WHEN sha256('P4') THEN 'P4' WHEN sha256('P5') THEN 'P5' WHEN sha256('P6') THEN 'P6' END
        """;

    [Fact]
    public async Task Persons_are_counted_once_per_year_at_the_highest_status()
    {
        await using var wh = await BuiltAsync();
        (await Query.LinesAsync(wh.Writer,
            """
            SELECT "year", highest_status_code, count(*) FROM fct_victim_person_year GROUP BY ALL ORDER BY ALL
            """)).Should().Equal("2022|REF|1", "2023|IDENT|2", "2023|PRES|3", "2023|REF|1");

        (await Query.LinesAsync(wh.Writer,
            $"""
            SELECT {PersonName}, highest_status_code, registrations, agency_count, date_key, first_date_key, last_date_key
            FROM fct_victim_person_year f JOIN map_person m USING (person_key) WHERE "year" = 2023 ORDER BY 1
            """)).Should().Equal(
                "P1|IDENT|2|2|20230310|20230201|20230310",
                "P2|PRES|2|2|20230405|20230405|20230501",
                "P3|IDENT|2|1|20230601|20230601|20230620",
                "P4|PRES|1|1|20230110|20230110|20230110",
                "P5|PRES|2|2|20230701|20230701|20230801",
                "P6|REF|3|3|20230901|20230901|20230903");
    }

    [Fact]
    public async Task Registrations_per_agency_and_duplicates_removed()
    {
        await using var wh = await BuiltAsync();
        (await Query.LinesAsync(wh.Writer,
            """
            SELECT o.organisation_code, count(*) FROM fct_victim_registration r JOIN dim_organisation o USING (organisation_key)
            WHERE r."year" = 2023 GROUP BY ALL ORDER BY ALL
            """)).Should().Equal("NGO1|3", "NRM|4", "POL|5");
        (await Query.CountAsync(wh.Writer,
            """
            SELECT (SELECT count(*) FROM fct_victim_registration WHERE "year" = 2023)
                 - (SELECT count(*) FROM fct_victim_person_year WHERE "year" = 2023)
            """)).Should().Be(6);
    }

    [Fact]
    public async Task Overlap_table_counts_persons_per_exact_agency_combination()
    {
        await using var wh = await BuiltAsync();
        (await Query.LinesAsync(wh.Writer, "SELECT \"year\", agencies, agency_count, persons FROM agg_agency_overlap ORDER BY ALL"))
            .Should().Equal(
                "2022|NGO1|1|1",
                "2023|NGO1|1|1",
                "2023|NGO1+NRM|2|1",
                "2023|NGO1+NRM+POL|3|1",
                "2023|NRM+POL|2|2",
                "2023|POL|1|1");
    }

    [Fact]
    public async Task Main_form_and_combination_use_the_union_of_known_forms()
    {
        await using var wh = await BuiltAsync();
        (await Query.LinesAsync(wh.Writer,
            $"""
            SELECT {PersonName}, main_form_code, form_combination,
                   (SELECT string_agg(form_code, ',' ORDER BY form_code) FROM brg_person_year_form b
                    WHERE b.person_key = f.person_key AND b."year" = f."year")
            FROM fct_victim_person_year f JOIN map_person m USING (person_key) WHERE "year" = 2023 ORDER BY 1
            """)).Should().Equal(
                "P1|SEX|SEX|SEX",
                "P2|SEX|SEX+LAB|LAB,SEX",
                "P3|SEX|SEX|SEX",
                "P4|BEG|OTH|BEG",
                "P5|DOM|LAB|DOM",
                "P6|CRIM|OTH|CRIM");

        // Per registration: the NGO1 delivery "SEX|UNK" keeps only SEX; "UNK" alone and no forms at all give UNK.
        (await Query.LinesAsync(wh.Writer,
            $"""
            SELECT {PersonName}, o.organisation_code, r.date_key, r.main_form_code, r.form_combination,
                   (SELECT string_agg(form_code, ',' ORDER BY form_code) FROM brg_victim_registration_form b
                    WHERE b.registration_key = r.registration_key)
            FROM fct_victim_registration r JOIN map_person m USING (person_key) JOIN dim_organisation o USING (organisation_key)
            WHERE {PersonName} IN ('P2', 'P3', 'P6') ORDER BY 1, 3
            """)).Should().Equal(
                "P2|NRM|20230405|LAB|LAB|LAB",
                "P2|NGO1|20230501|SEX|SEX|SEX",
                "P3|POL|20230601|SEX|SEX|SEX",
                "P3|POL|20230620|UNK|UNK|UNK",
                "P6|NRM|20230901|CRIM|OTH|CRIM",
                "P6|NGO1|20230902|UNK|UNK|UNK",
                "P6|POL|20230903|CRIM|OTH|CRIM");
    }

    [Fact]
    public async Task Attributes_come_from_the_deciding_registration_and_unknowns_are_filled_from_the_others()
    {
        await using var wh = await BuiltAsync();
        (await Query.LinesAsync(wh.Writer,
            $"""
            SELECT {PersonName}, sex_code, age_years, age_group_code, age_band_code, country_code, citizenship_group_code,
                   region_code, nuts2_region_code, identifying_org_type_code
            FROM fct_victim_person_year f JOIN map_person m USING (person_key) WHERE "year" = 2023 ORDER BY 1
            """)).Should().Equal(
                "P1|F|25|Y_GE18|Y25T34|RO|EU_FOR|AT130|AT13|SOCIAL",
                "P2|M|34|Y_GE18|Y25T34|UA|NEU_FOR|AT221|AT22|SOCIAL",
                "P3|F|16|Y_LT18|Y12T17|AT|NAT|AT130|AT13|POLICE",
                "P4|M|41|Y_GE18|Y35T44|NG|NEU_FOR|UNK|UNK|NGO",
                "P5|F|30|Y_GE18|Y25T34|NG|NEU_FOR|UNK|UNK|POLICE",
                "P6|M|22|Y_GE18|Y18T24|AT|NAT|UNK|UNK|SOCIAL");
    }

    [Fact]
    public async Task Registered_victims_by_sex_citizenship_and_children()
    {
        await using var wh = await BuiltAsync();
        const string registered = "FROM fct_victim_person_year WHERE \"year\" = 2023 AND highest_status_code IN ('IDENT', 'PRES')";
        (await Query.LinesAsync(wh.Writer, $"SELECT sex_code, count(*) {registered} GROUP BY ALL ORDER BY ALL"))
            .Should().Equal("F|3", "M|2");
        (await Query.LinesAsync(wh.Writer, $"SELECT citizenship_group_code, count(*) {registered} GROUP BY ALL ORDER BY ALL"))
            .Should().Equal("EU_FOR|1", "NAT|1", "NEU_FOR|3");
        (await Query.LinesAsync(wh.Writer, $"SELECT main_form_code, count(*) {registered} GROUP BY ALL ORDER BY ALL"))
            .Should().Equal("BEG|1", "DOM|1", "SEX|3");
        (await Query.CountAsync(wh.Writer, $"SELECT count(*) {registered} AND age_group_code = 'Y_LT18'")).Should().Be(1);
    }

    [Fact]
    public async Task Linkage_keys_map_to_one_person_key_each_and_assistance_uses_the_same_keys()
    {
        await using var wh = await BuiltAsync();
        (await Query.CountAsync(wh.Writer, "SELECT count(*) FROM map_person")).Should().Be(6);
        (await Query.LinesAsync(wh.Writer,
            $"""
            SELECT {PersonName}, a."year", a.assistance_type_code, a.duration_days
            FROM fct_assistance_episode a JOIN map_person m USING (person_key) ORDER BY 1, 3
            """)).Should().Equal("P1|2023|ACCOM|30", "P1|2023|HEALTH|null", "P2|2023|LEGAL|0", "P4|2022|ACCOM|null");
        (await Query.LinesAsync(wh.Writer, "SELECT \"year\", decision_type_code, outcome_code, permit_ground_code FROM fct_immigration_decision ORDER BY 1"))
            .Should().Equal("2023|REFLECTION|GRANTED|null", "2024|PERMIT_FIRST|GRANTED|COOPERATION");
    }

    [Fact]
    public async Task Citizenship_groups_follow_the_configured_reporting_country()
    {
        await using var wh = await TempWarehouse.CreateAsync(reportingCountry: "RO");
        await Fixtures.VictimsAsync(wh.Staging);
        await wh.BuildAsync();
        // Reporting from Romania: P1 (RO) is a national, P3 and P6 (AT) are other-EU citizens.
        (await Query.LinesAsync(wh.Writer,
            $"""
            SELECT {PersonName}, citizenship_group_code FROM fct_victim_person_year f JOIN map_person m USING (person_key)
            WHERE "year" = 2023 AND {PersonName} IN ('P1', 'P3', 'P6') ORDER BY 1
            """)).Should().Equal("P1|NAT", "P3|EU_FOR", "P6|EU_FOR");
    }

    private static async Task<TempWarehouse> BuiltAsync()
    {
        var wh = await TempWarehouse.CreateAsync();
        await Fixtures.VictimsAsync(wh.Staging);
        await wh.BuildAsync();
        return wh;
    }
}
