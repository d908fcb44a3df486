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
    public void Tables_take_the_indicators_source_unless_they_name_their_own_and_a_lattice_takes_that_of_its_own_table()
    {
        // Indicator from microdata; sex × region from a court return; region alone is only in sex × region, so it takes
        // the court return's source; the total and sex have tables of their own (microdata).
        var v04 = Parse(("V04.json", Definition(extra:
            """, "tables": [ { "by": [] }, { "by": ["sex"] }, { "by": ["sex", "region"], "frequencies": ["A"], "source": "aggregate:court-registry" } ]"""))).Get("V04");
        v04.Tables.Select(t => t.Source.Text).Should().Equal("microdata", "microdata", "aggregate:court-registry");
        v04.HasMicrodata.Should().BeTrue();
        v04.LatticeSource(["region"], Frequency.Annual).Contract.Should().Be("court-registry");
        v04.LatticeSource(["sex"], Frequency.Annual).IsMicrodata.Should().BeTrue();
        v04.LatticeSource([], Frequency.Annual).IsMicrodata.Should().BeTrue();

        // Every table from one return: no unit query.
        var v08 = Parse(("V08.json", Definition("V08", extra: """, "sql": null, "source": "aggregate:idauthority-decisions" """))).Get("V08");
        v08.Sql.Should().BeNull();
        v08.HasMicrodata.Should().BeFalse();
        v08.Tables.Should().HaveCount(4).And.OnlyContain(t => t.Source.Contract == "idauthority-decisions");
    }

    [Theory]
    [InlineData(""", "source": "aggregate:" """, "V04.json: source 'aggregate:' is neither 'microdata' nor 'aggregate:<contract-id>' (e.g. aggregate:court-registry-convictions) nor 'estimate:mse'.")]
    [InlineData(""", "tables": [ { "by": [] }, { "by": ["sex"], "source": "records" } ]""", "V04.json: tables[1]: source 'records' is neither*")]
    [InlineData(""", "measure": "sum", "tables": [ { "by": ["sex"], "source": "aggregate:court" } ]""",
        "V04.json: table 'sex' has source 'aggregate:court', but aggregate returns state counts: only measure count may use them, not Sum.")]
    [InlineData(""", "sql": null, "tables": [ { "by": [] }, { "by": ["sex"], "source": "aggregate:court" } ]""",
        "V04.json: 'sql' (the unit query file) is required for measure Count.")]
    [InlineData(""", "source": "aggregate:court" """,
        "V04.json: 'sql' is given but every table comes from an aggregate return, so the unit query would never be used; remove it.")]
    [InlineData(""", "tables": [ { "by": [] }, { "by": ["sex", "region"], "source": "aggregate:court" }, { "by": ["sex", "age_group"] } ]""",
        "V04.json: the cells by 'sex' at A belong to table 'sex,region' (source aggregate:court) and to table 'sex,age_group' (source microdata); give them the same source or add a table { \"by\": [\"sex\"] } with the source those cells take.")]
    public void Source_mistakes_are_named_with_file_table_and_sources(string extra, string message)
    {
        var act = () => Parse(("V04.json", Definition(extra: extra)));
        act.Should().Throw<IndicatorCatalogueException>().WithMessage(message);
    }

    [Fact]
    public void Tables_of_different_sources_sharing_a_margin_agree_once_that_margin_is_a_table_of_its_own()
    {
        var v04 = Parse(("V04.json", Definition(extra:
            """, "tables": [ { "by": ["sex", "region"], "source": "aggregate:court" }, { "by": ["sex", "age_group"] }, { "by": ["sex"] }, { "by": [] } ]"""))).Get("V04");
        v04.LatticeSource(["sex"], Frequency.Monthly).IsMicrodata.Should().BeTrue();
        v04.LatticeSource(["region"], Frequency.Quarterly).Contract.Should().Be("court");
        v04.LatticeSource(["sex", "region"], Frequency.Annual).Contract.Should().Be("court");
    }

    [Fact]
    public void Unknown_indicator_lists_the_catalogue()
    {
        FluentActions.Invoking(() => Parse(("V04.json", Definition())).Get("V99")).Should().Throw<UnknownIndicatorException>()
            .WithMessage("Unknown indicator 'V99'. The catalogue holds: V04.");
    }
}
