using System.Globalization;
using System.Text.RegularExpressions;
using Stats.Warehouse.OData;
using Stats.Warehouse.Tests.Support;

namespace Stats.Warehouse.Tests.OData;

/// <summary>
/// The OData sets of a published vintage, queried through the translator on the real snapshot, against the hand counts of
/// <see cref="Fixtures.VictimsAsync"/>: registered victims 2023 F 3 (P1, P3, P5), M 2 (P2, P4), total 5; k = 5.
/// </summary>
public sealed class PublishedSetsTests(PublishedSetsSnapshot fixture) : IClassFixture<PublishedSetsSnapshot>
{
    // Every V04 breakdown other than sex at its total: the sex table of the annual cube.
    private const string V04BySex2023 =
        "Frequency eq 'A' and Year eq 2023 and Sex ne '_T' and AgeGroup eq '_T' and Citizenship eq '_T' and FormMain eq '_T' "
        + "and FormAny eq '_T' and Organisation eq '_T' and Region eq '_T' and TraffickingType eq '_T'";

    // sql/indicators holds 30 definitions (A01–A06, J01–J07, Q01, Q01B, Q01C, Q02, Q03, Q03B, R01, V01–V09, V05M).
    private const int Indicators = 30;

    [Theory]
    [InlineData(ODataRole.Public)]
    [InlineData(ODataRole.Analyst)]
    [InlineData(ODataRole.Admin)]
    public async Task Every_set_has_a_key_and_valid_names_the_model_validates_and_every_relation_runs(ODataRole role)
    {
        var sets = await fixture.SetsAsync(role);
        var identifier = new Regex("^[A-Za-z_][A-Za-z0-9_]*$");

        sets.Select(s => s.Name).Should().OnlyHaveUniqueItems()
            .And.Contain(["Indicators", "Dimensions", "Codes", "Vintage", "SourceFreshness", "Indicator_V04", "Indicator_Q01B", "Indicator_J01"])
            // Catalogue (3), Estimates, Vintage, SourceFreshness; analysts add five fact tables, the two aggregate-return sets and
            // PopulationEstimates, admins LoadBatches.
            .And.HaveCount(Indicators + role switch { ODataRole.Public => 6, ODataRole.Analyst => 14, _ => 15 })
            .And.OnlyContain(n => identifier.IsMatch(n));
        sets.Should().OnlyContain(s => s.Key.Count > 0 && s.Properties.All(p => identifier.IsMatch(p.Name)));
        FlatModel.Build(sets).Should().NotBeNull();

        foreach (var set in sets)
        {
            // This warehouse received no aggregate return, so its AggregateCells and AggregateFindings are empty (their
            // relations still run); the Issue 8 end-to-end tests read them filled, through the served feed.
            var expected = set.Name.StartsWith("Aggregate", StringComparison.Ordinal) ? 0 : 1;
            (await fixture.RunAsync(sets, set.Name, new ODataQuery(null, null, null, 1, null, false))).Should().HaveCount(expected, set.Name);
        }
    }

    [Fact]
    public async Task Cube_sets_have_one_row_per_published_cell_and_CellKey_is_unique()
    {
        var sets = await fixture.SetsAsync(ODataRole.Analyst);
        foreach (var set in sets.Where(s => s.Name.StartsWith("Indicator_", StringComparison.Ordinal)))
        {
            var id = set.Name["Indicator_".Length..];
            var cells = await Query.CountAsync(fixture.Snapshot, $"SELECT count(*) FROM ind_cell WHERE indicator_id = '{id}'");
            cells.Should().BePositive(id);
            (await fixture.CountAsync(sets, set.Name, null)).Should().Be(cells, id);
            (await Query.CountAsync(fixture.Snapshot, $"SELECT count(DISTINCT \"CellKey\") FROM {set.Relation}")).Should().Be(cells, id);
        }
    }

    [Fact]
    public async Task V04_by_sex_in_2023_gives_the_hand_counts_to_analysts_and_hides_them_from_the_public()
    {
        var query = new ODataQuery(V04BySex2023, "Sex", "Sex,SexLabel,Value,ConfStatus", null, null, false);

        var analyst = await fixture.RunAsync(await fixture.SetsAsync(ODataRole.Analyst), "Indicator_V04", query);
        analyst.Select(l => string.Join('|', l.Split('|')[..3])).Should().Equal("F|Female|3", "M|Male|2", "UNK|Unknown|0", "X|Other|0");

        var published = await fixture.RunAsync(await fixture.SetsAsync(ODataRole.Public), "Indicator_V04", query);
        published.Should().Contain(["F|Female|null|C", "M|Male|null|C"]).And.HaveCount(4);

        var total = new ODataQuery(V04BySex2023.Replace("Sex ne '_T'", "Sex eq '_T'", StringComparison.Ordinal), null, "SexLabel,Value", null, null, false);
        (await fixture.RunAsync(await fixture.SetsAsync(ODataRole.Analyst), "Indicator_V04", total)).Should().Equal("Total|5");
        (await fixture.CountAsync(await fixture.SetsAsync(ODataRole.Public), "Indicator_V04", V04BySex2023)).Should().Be(4);
    }

    [Fact]
    public async Task Public_sets_carry_no_contributors_raw_values_or_analyst_flags_and_suppress_every_value_from_1_to_4()
    {
        var published = await fixture.SetsAsync(ODataRole.Public);
        var analyst = await fixture.SetsAsync(ODataRole.Analyst);
        published.SelectMany(s => s.Properties).Should().NotContain(p => p.Name == "Contributors");
        published.Should().OnlyContain(s => !s.Relation.Contains("raw_value", StringComparison.Ordinal)
            && !s.Relation.Contains("contributors", StringComparison.Ordinal) && !s.Relation.Contains("analyst_flag", StringComparison.Ordinal));
        analyst.Single(s => s.Name == "Indicator_V04").Properties.Should().Contain(p => p.Name == "Contributors");

        var threshold = await Query.LinesAsync(fixture.Snapshot, "SELECT indicator_id FROM ind_indicator WHERE disclosure_rule = 'threshold' ORDER BY 1");
        threshold.Should().Contain("V04");
        long small = 0;
        foreach (var id in threshold)
        {
            var name = "Indicator_" + id;
            var pair = $"{analyst.Single(s => s.Name == name).Relation} a JOIN {published.Single(s => s.Name == name).Relation} p USING (\"CellKey\")";
            small += await Query.CountAsync(fixture.Snapshot, $"SELECT count(*) FROM {pair} WHERE a.\"Value\" BETWEEN 1 AND 4");
            (await Query.CountAsync(fixture.Snapshot, $"SELECT count(*) FROM {pair} WHERE a.\"Value\" BETWEEN 1 AND 4 AND p.\"Value\" IS NOT NULL"))
                .Should().Be(0, id);
            (await Query.CountAsync(fixture.Snapshot, $"SELECT count(*) FROM {pair} WHERE p.\"Value\" IS NOT NULL AND p.\"Value\" <> a.\"Value\""))
                .Should().Be(0, id);
        }

        small.Should().BePositive("the fixture has small cells, or the check above proves nothing");
    }

    [Fact]
    public async Task Catalogue_sets_describe_the_indicators_dimensions_and_codes()
    {
        var sets = await fixture.SetsAsync(ODataRole.Public);
        (await fixture.RunAsync(sets, "Indicators", new ODataQuery("Id eq 'V04'", null, "Id,EntitySet,DisclosureRule,DisclosureK", null, null, false)))
            .Should().Equal("V04|Indicator_V04|threshold|5");
        (await fixture.CountAsync(sets, "Indicators", null)).Should().Be(Indicators);
        (await fixture.RunAsync(sets, "Dimensions", new ODataQuery("Dimension eq 'age_group'", null, "Dimension,Property", null, null, false)))
            .Should().Equal("age_group|AgeGroup");
        (await fixture.RunAsync(sets, "Codes", new ODataQuery("Dimension eq 'sex'", "SortOrder", "Dimension,Code,Label", null, null, false)))
            .Should().HaveCount(5).And.StartWith("sex|_T|Total").And.Contain(["sex|F|Female", "sex|M|Male", "sex|X|Other", "sex|UNK|Unknown"]);
    }

    [Fact]
    public async Task Vintage_and_source_freshness_come_from_the_snapshot_lineage()
    {
        var sets = await fixture.SetsAsync(ODataRole.Public);
        (await fixture.RunAsync(sets, "Vintage", new ODataQuery(null, null, "VintageId,PublishedAt,ReportingCountry", null, null, false)))
            .Should().Equal("1|2024-06-01T09:00:00Z|AT");
        (await fixture.CountAsync(sets, "Vintage", "PublishedDate eq 2024-06-01")).Should().Be(1);

        // StagingWriter stamps every delivery loaded at 2024-01-02 03:04:06 UTC (contract id = source code); NRM delivered
        // twice (the second one empty). At 2024-06-01 09:00 that is 151 days ago: POL (late after 2 days, overdue after 7)
        // is overdue, NRM (180, 365) on time; border-guard is expected and never delivered; the rest state no expectation.
        (await fixture.RunAsync(sets, "SourceFreshness", new ODataQuery(null, "ContractId", "ContractId,SourceCode,Status,LastLoadedAt,Deliveries", null, null, false)))
            .Should().Equal(
                new[] { "CRT", "NGO1", "NRM", "POL", "POLS", "PROS" }.Select(s => string.Create(
                    CultureInfo.InvariantCulture,
                    $"{s}|{s}|{s switch { "NRM" => "on_time", "POL" => "overdue", _ => "no_expectation" }}|2024-01-02T03:04:06Z|{(s == "NRM" ? 2 : 1)}"))
                .Append("border-guard|BRD|never_delivered|null|0"));
        (await fixture.CountAsync(sets, "SourceFreshness", "LastLoadedDate eq 2024-01-02")).Should().Be(6);
        (await fixture.RunAsync(sets, "Indicators", new ODataQuery("Id eq 'J01' or Id eq 'V04' or Id eq 'J03'", "Id", "Id,StaleSources", null, null, false)))
            .Should().Equal("J01|POL", "J03|null", "V04|POL");
    }
}
