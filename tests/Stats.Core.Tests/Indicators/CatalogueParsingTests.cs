using Stats.Core.Indicators;

namespace Stats.Core.Tests.Indicators;

/// <summary>The catalogue parser: a valid definition round-trips; each kind of mistake names the file and the field.</summary>
public sealed class CatalogueParsingTests
{
    private const string Dimensions =
        """
        [
          { "id": "sex", "title": "Sex", "codes": "SELECT 1", "additive": true },
          { "id": "age_group", "title": "Age", "codes": "SELECT 1" },
          { "id": "region", "title": "Region", "codes": "SELECT 1" },
          { "id": "form_any", "title": "Any form", "codes": "SELECT 1", "additive": false }
        ]
        """;

    private static string Definition(string id = "V04", string extra = "", string breakdowns = "\"sex\", \"age_group\", \"region\"") =>
        $$"""
        {
          "id": "{{id}}", "title": "Registered victims", "definition": "Persons.", "unit": "persons", "measure": "count",
          "sql": "{{id}}.sql", "breakdowns": [{{breakdowns}}], "sources": ["POLICE"], "disclosure": { "rule": "threshold" },
          "references": { "sdg": "16.2.2" } {{extra}}
        }
        """;

    private static IndicatorCatalogue Parse(params (string File, string Json)[] files) => IndicatorCatalogue.Parse(Dimensions, files);

    [Fact]
    public void Default_tables_are_the_total_and_each_breakdown_alone_at_all_frequencies()
    {
        var v04 = Parse(("V04.json", Definition())).Get("V04");
        v04.Tables.Select(t => t.Name).Should().Equal("", "sex", "age_group", "region");
        v04.Tables.Should().OnlyContain(t => t.Frequencies.SequenceEqual(Frequencies.All));
        v04.Disclosure.EffectiveK(5).Should().Be(5);
        Parse(("V04.json", Definition())).IsAdditive("form_any").Should().BeFalse();
    }

    [Fact]
    public void Table_breakdowns_are_kept_in_registry_order_and_lookups_find_the_smallest_covering_table()
    {
        var v04 = Parse(("V04.json", Definition(extra:
            """, "tables": [ { "by": [] }, { "by": ["region", "sex"], "frequencies": ["A"] }, { "by": ["sex"], "frequencies": ["A", "M"] } ]"""))).Get("V04");
        v04.Tables[1].Name.Should().Be("sex,region");
        v04.TableFor(["sex"], Frequency.Annual)!.Name.Should().Be("sex");
        v04.TableFor(["region"], Frequency.Annual)!.Name.Should().Be("sex,region");
        v04.TableFor(["region"], Frequency.Monthly).Should().BeNull();
        v04.TableFor(["age_group"], Frequency.Annual).Should().BeNull();
    }

    [Theory]
    [InlineData("\"sex\", \"colour\"", "", "V04.json: breakdown 'colour' is not a dimension of dimensions.json.")]
    [InlineData("\"sex\"", ", \"tables\": [ { \"by\": [\"region\"] } ]", "V04.json: tables[0]: 'region' is not one of the indicator's breakdowns (sex).")]
    [InlineData("\"sex\"", ", \"frequencies\": [\"W\"]", "V04.json: frequency 'W' is not one of A, Q, M.")]
    [InlineData("\"sex\"", ", \"disclosure\": { \"rule\": \"threshold\", \"k\": 1 }", "V04.json: disclosure: k must be a whole number of at least 2, not 1.")]
    [InlineData("\"sex\"", ", \"disclosure\": { \"rule\": \"none\" }", "V04.json: disclosure: 'reason' is required and must be a non-empty string.")]
    public void Mistakes_are_named_with_file_and_field(string breakdowns, string extra, string message)
    {
        // A repeated property: System.Text.Json keeps the last one, which is how the theory overrides a field.
        var act = () => Parse(("V04.json", Definition(breakdowns: breakdowns, extra: extra)));
        act.Should().Throw<IndicatorCatalogueException>().WithMessage(message);
    }

    [Fact]
    public void Id_must_match_the_file_name_and_the_pattern()
    {
        FluentActions.Invoking(() => Parse(("V05.json", Definition()))).Should().Throw<IndicatorCatalogueException>()
            .WithMessage("V05.json: id 'V04' must equal the file name.");
        FluentActions.Invoking(() => Parse(("v4.json", Definition("v4")))).Should().Throw<IndicatorCatalogueException>()
            .WithMessage("v4.json: id 'v4' must look like V04*");
    }

    [Fact]
    public void Invalid_json_names_the_file_and_line()
    {
        FluentActions.Invoking(() => Parse(("V04.json", "{ \"id\": "))).Should().Throw<IndicatorCatalogueException>()
            .WithMessage("V04.json: not valid JSON (line 1)*");
    }

    [Fact]
    public void A_rate_needs_a_counted_numerator_published_by_the_same_breakdowns_and_population_dimensions_only()
    {
        const string Rate =
            """
            { "id": "V05", "title": "Rate", "definition": "Per 100,000.", "unit": "per_100000", "measure": "rate", "factor": 100000,
              "rate": { "numerator": "V04", "denominator": "population" }, "breakdowns": ["sex", "form_any"],
              "tables": [ { "by": ["sex"], "frequencies": ["A"] } ], "sources": ["POLICE"], "disclosure": { "rule": "threshold" },
              "references": { "sdg": "16.2.2" } }
            """;
        var catalogue = Parse(("V04.json", Definition()), ("V05.json", Rate));
        catalogue.Get("V05").Factor.Should().Be(100000);

        FluentActions.Invoking(() => Parse(("V05.json", Rate))).Should().Throw<IndicatorCatalogueException>()
            .WithMessage("V05.json: rate.numerator 'V04' is not an indicator of the catalogue.");
        FluentActions.Invoking(() => Parse(("V04.json", Definition()), ("V05.json", Rate.Replace("\"by\": [\"sex\"]", "\"by\": [\"form_any\"]", StringComparison.Ordinal))))
            .Should().Throw<IndicatorCatalogueException>()
            .WithMessage("V05.json: table 'form_any' uses 'form_any', but the population has only sex, age_group, region.");
    }

    [Fact]
    public void Unknown_indicator_lists_the_catalogue()
    {
        FluentActions.Invoking(() => Parse(("V04.json", Definition())).Get("V99")).Should().Throw<UnknownIndicatorException>()
            .WithMessage("Unknown indicator 'V99'. The catalogue holds: V04.");
    }
}
