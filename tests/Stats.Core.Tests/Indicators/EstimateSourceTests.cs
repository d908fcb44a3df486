using Stats.Core.Indicators;

namespace Stats.Core.Tests.Indicators;

/// <summary>Issue 9: an indicator whose source is the multiple systems estimate (estimate:mse) and the rules it must follow.</summary>
public sealed class EstimateSourceTests
{
    private const string Dimensions = """[ { "id": "sex", "title": "Sex", "codes": "SELECT 1", "additive": true } ]""";

    private const string V01 =
        """
        { "id": "V01", "title": "Known", "definition": "Persons.", "unit": "persons", "measure": "count", "sql": "V01.sql",
          "breakdowns": ["sex"], "sources": ["POLICE"], "disclosure": { "rule": "threshold" }, "references": {} }
        """;

    private static string V09(string extra = "") =>
        $$"""
        { "id": "V09", "title": "Estimated", "definition": "All victims.", "unit": "persons", "measure": "count",
          "source": "estimate:mse", "known": "V01", "estimated": true, "breakdowns": [], "tables": [ { "by": [], "frequencies": ["A"] } ],
          "sources": ["POLICE"], "disclosure": { "rule": "none", "reason": "Describes no person." }, "references": { "sdg": "16.2.2" } {{extra}} }
        """;

    private static IndicatorCatalogue Parse(string v09, string v01 = V01) =>
        IndicatorCatalogue.Parse(Dimensions, [("V01.json", v01), ("V09.json", v09)]);

    [Fact]
    public void An_estimate_publishes_its_total_per_year_flagged_e_without_a_unit_query_and_names_its_known_count()
    {
        var v09 = Parse(V09()).Get("V09");

        v09.Tables.Should().ContainSingle().Which.Source.Should().Be(IndicatorSource.Mse);
        v09.Source.Text.Should().Be("estimate:mse");
        v09.Source.IsEstimate.Should().BeTrue();
        v09.Source.IsMicrodata.Should().BeFalse();
        v09.Source.IsAggregate.Should().BeFalse();
        v09.HasMicrodata.Should().BeFalse();
        v09.Known.Should().Be("V01");
        v09.Estimated.Should().BeTrue();
        v09.Disclosure.Threshold.Should().BeFalse();
        IndicatorSource.TryParse("estimate:mse").Should().Be(IndicatorSource.Mse);
        IndicatorSource.TryParse("estimate:other").Should().BeNull();
    }

    [Theory]
    [InlineData(""", "tables": [ { "by": [], "frequencies": ["A", "Q"] } ]""", "V09.json: source 'estimate:mse' yields one figure per year: 'tables' must be exactly [ { \"by\": [], \"frequencies\": [\"A\"] } ].")]
    [InlineData(""", "breakdowns": ["sex"], "tables": [ { "by": [] , "frequencies": ["A"]}, { "by": ["sex"], "frequencies": ["A"] } ]""", "V09.json: source 'estimate:mse' yields one figure per year: *")]
    [InlineData(""", "breakdowns": ["sex"]""", "V09.json: source 'estimate:mse' has no breakdowns; 'breakdowns' must be [].")]
    [InlineData(""", "measure": "sum" """, "V09.json: source 'estimate:mse' estimates a number of persons: measure must be count and unit persons, not Sum in persons.")]
    [InlineData(""", "sql": "V09.sql" """, "V09.json: 'sql' is given but the figure is estimated at publish (estimate:mse), so the unit query would never be used; remove it.")]
    [InlineData(""", "estimated": false""", "V09.json: source 'estimate:mse' is a model-based estimate: set \"estimated\": true so that every value is flagged e.")]
    [InlineData(""", "disclosure": { "rule": "threshold" }""", "V09.json: source 'estimate:mse' describes no person *'disclosure' must be { \"rule\": \"none\", \"reason\": \"…\" }.")]
    [InlineData(""", "known": null""", "V09.json: source 'estimate:mse' needs 'known': the indicator whose published total is the known count shown next to the estimate (e.g. V01).")]
    [InlineData(""", "known": "V02" """, "V09.json: known 'V02' is not an indicator of the catalogue.")]
    [InlineData(""", "known": "V09" """, "V09.json: known 'V09' must be a count of persons, not an estimate, that publishes its annual total.")]
    public void Estimate_mistakes_are_named_with_the_file_and_what_to_write(string extra, string message)
    {
        // A later duplicate key wins in System.Text.Json, so each case overrides one field of the valid definition.
        var act = () => Parse(V09(extra));
        act.Should().Throw<IndicatorCatalogueException>().WithMessage(message);
    }

    [Fact]
    public void Known_is_only_for_estimates_and_must_publish_an_annual_total_of_persons()
    {
        var notEstimate = () => IndicatorCatalogue.Parse(Dimensions, [("V01.json", V01.Replace("\"references\": {}", "\"references\": {}, \"known\": \"V01\"", StringComparison.Ordinal))]);
        notEstimate.Should().Throw<IndicatorCatalogueException>()
            .WithMessage("V01.json: 'known' names the known count shown next to an estimate; it is only allowed with source estimate:mse.");

        var quarterlyOnly = () => Parse(V09(), V01.Replace("\"sql\": \"V01.sql\",", "\"sql\": \"V01.sql\", \"tables\": [ { \"by\": [], \"frequencies\": [\"Q\"] } ],", StringComparison.Ordinal));
        quarterlyOnly.Should().Throw<IndicatorCatalogueException>().WithMessage("V09.json: known 'V01' must be a count of persons*");
    }
}
