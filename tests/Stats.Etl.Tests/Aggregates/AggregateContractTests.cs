using Stats.Etl.Contracts;

namespace Stats.Etl.Tests.Aggregates;

/// <summary>Aggregate contracts are validated when read; each error names the file and the key to fix.</summary>
public sealed class AggregateContractTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("stats-aggregate-contracts-").FullName;

    private const string Valid = """
        {
          "id": "agg-test",
          "source": { "code": "AGG", "name": "Aggregate test source", "organisationType": "COURT" },
          "shape": "aggregate",
          "format": { "type": "csv", "delimiter": ";" },
          "aggregate": {
            "indicator": "J05",
            "unit": "persons",
            "period": { "year": "Jahr", "quarter": "Quartal", "annual": ["Jahr"], "firstYear": 2015, "lastYear": 2035 },
            "dimensions": {
              "Geschlecht": { "dimension": "sex", "codes": { "w": "F", "m": "M", "gesamt": "_T", "k. A.": "UNK" } },
              "Form":       { "dimension": "form_main", "codes": { "Sex": "SEX", "Sex & Arbeit": ["SEX", "LAB"] } }
            },
            "count": "Anzahl",
            "constants": { "age_group": "_T" },
            "censored": { "<5": { "lower": 1, "upper": 4 } },
            "missing": { ":": "not available" },
            "checks": { "margins": "refuse", "revision": { "relative": 0.5, "absolute": 3 } }
          }
        }
        """;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    private SourceContract Read(string json)
    {
        File.WriteAllText(Path.Combine(_dir, "agg-test.json"), json);
        return new ContractRepository(_dir).Get("agg-test");
    }

    [Fact]
    public void A_valid_aggregate_contract_reads_with_its_combined_category_and_defaults()
    {
        var contract = Read(Valid);

        contract.IsAggregate.Should().BeTrue();
        contract.Entity.Should().BeNull();
        var spec = contract.Aggregate!;
        spec.Dimensions["Form"].Codes!["Sex & Arbeit"].Should().BeEquivalentTo(new CodeMapValue(["SEX", "LAB"], IsSet: true));
        spec.Dimensions["Form"].Codes!["Sex"].Should().BeEquivalentTo(CodeMapValue.Single("SEX"));
        spec.Censored["<5"].Should().Be(new CensoredToken(1, 4));
        (spec.Checks.Margins, spec.Checks.Periods, spec.Checks.Negative).Should().Be(("refuse", "finding", "finding"));
        (spec.Checks.Revision.Relative, spec.Checks.Revision.Absolute, spec.Checks.Revision.Action).Should().Be((0.5, 3.0, "finding"));
    }

    public static TheoryData<string, string, string> Broken() => new()
    {
        // name, change to the valid contract, key the error must name
        { "unknown dimension id", "\"dimension\": \"sex\"|\"dimension\": \"gender\"", "aggregate.dimensions.Geschlecht.dimension: unknown dimension 'gender'" },
        { "code not in the code list", "\"w\": \"F\"|\"w\": \"W\"", "aggregate.dimensions.Geschlecht.codes.w: 'W' is not a code of code list 'sex'" },
        { "set on a dimension that is not a form", "\"gesamt\": \"_T\"|\"gesamt\": [\"F\", \"M\"]", "aggregate.dimensions.Geschlecht.codes.gesamt: a combined category ([F, M]) is only allowed for form_main and form_any" },
        { "set of one form", "[\"SEX\", \"LAB\"]|[\"SEX\", \"SEX\"]", "aggregate.dimensions.Form.codes.Sex & Arbeit: a combined category ([SEX, SEX]) needs at least two different forms" },
        { "set holding a code that is no form", "[\"SEX\", \"LAB\"]|[\"SEX\", \"XYZ\"]", "aggregate.dimensions.Form.codes.Sex & Arbeit: 'XYZ' in [SEX, XYZ] is not a form" },
        { "both count and wide", "\"count\": \"Anzahl\",|\"count\": \"Anzahl\", \"wide\": { \"Frauen\": { \"age_group\": \"Y_GE18\" } },", "aggregate.count/wide: set exactly one" },
        { "neither count nor wide", "\"count\": \"Anzahl\",|", "aggregate.count/wide: set exactly one" },
        { "JSON format", "\"type\": \"csv\", \"delimiter\": \";\"|\"type\": \"json\"", "format.type: aggregate returns are read from csv or xlsx, not json." },
        { "entity set", "\"shape\": \"aggregate\",|\"shape\": \"aggregate\", \"entity\": \"victim\",", "entity: not used by aggregate contracts" },
        { "microdata columns set", "\"shape\": \"aggregate\",|\"shape\": \"aggregate\", \"columns\": { \"x\": { \"field\": \"sex\" } },", "columns: microdata only" },
        { "required key absent", "\"indicator\": \"J05\",|", "indicator" },
        { "indicator id", "\"J05\"|\"J5\"", "aggregate.indicator: 'J5' is not an indicator id" },
        { "unit", "\"persons\"|\"people\"", "aggregate.unit: 'people' is not a unit" },
        { "quarter and month", "\"quarter\": \"Quartal\",|\"quarter\": \"Quartal\", \"month\": \"Monat\",", "aggregate.period: set at most one of 'quarter' and 'month'" },
        { "range reversed", "\"firstYear\": 2015, \"lastYear\": 2035|\"firstYear\": 2035, \"lastYear\": 2015", "aggregate.period.firstYear/lastYear" },
        { "dimension stated twice", "\"constants\": { \"age_group\": \"_T\" }|\"constants\": { \"sex\": \"_T\" }", "aggregate.constants.sex: dimension 'sex' is already stated by aggregate.dimensions.Geschlecht" },
        { "constant not a code", "\"age_group\": \"_T\"|\"age_group\": \"ADULT\"", "aggregate.constants.age_group: 'ADULT' is not a code of code list 'age_group'" },
        { "identifying column", "\"count\": \"Anzahl\"|\"count\": \"Name\"", "aggregate.count: the column name 'Name' denotes a direct identifier" },
        { "column used twice", "\"count\": \"Anzahl\"|\"count\": \"Jahr\"", "aggregate.count: column 'Jahr' is also aggregate.period.year" },
        { "token that reads as a count", "\"<5\": {|\"5\": {", "aggregate.censored.5: a token must not read as a count" },
        { "bounds reversed", "\"lower\": 1, \"upper\": 4|\"lower\": 4, \"upper\": 1", "aggregate.censored.<5: lower 4 and upper 1 are not bounds" },
        { "unknown action", "\"margins\": \"refuse\"|\"margins\": \"ignore\"", "aggregate.checks.margins: 'ignore' is not an action" },
        { "missing token without reason", "\":\": \"not available\"|\":\": \"\"", "aggregate.missing.:: say why" },
        { "misspelt key", "\"count\": \"Anzahl\"|\"counts\": \"Anzahl\"", "counts" },
    };

    [Theory]
    [MemberData(nameof(Broken))]
    public void Invalid_aggregate_contract_is_refused_naming_the_file_and_the_key(string name, string change, string key)
    {
        var (from, to) = (change.Split('|')[0], change.Split('|')[1]);
        Valid.Should().Contain(from, name);

        var act = () => Read(Valid.Replace(from, to, StringComparison.Ordinal));

        act.Should().Throw<ContractException>(name).Which.Message.Should().Contain("agg-test.json", name).And.Contain(key, name);
    }

    [Fact]
    public void Wide_columns_must_name_the_same_dimensions()
    {
        var json = Valid.Replace("\"count\": \"Anzahl\",", """
            "wide": { "Erwachsene": { "age_group": "Y_GE18" }, "Kinder": { "age_group": "Y_LT18", "id_outcome": "POSITIVE" } },
            """, StringComparison.Ordinal).Replace("\"constants\": { \"age_group\": \"_T\" },", string.Empty, StringComparison.Ordinal);

        var act = () => Read(json);

        act.Should().Throw<ContractException>().WithMessage("*aggregate.wide.Kinder: names dimensions 'age_group', 'id_outcome' but 'Erwachsene' names 'age_group'*");
    }

    [Fact]
    public void Two_wide_columns_must_not_state_the_same_cell()
    {
        var json = Valid.Replace("\"count\": \"Anzahl\",", """
            "wide": { "Insgesamt": { "age_group": "_T" }, "Gesamt": { "age_group": "_T" } },
            """, StringComparison.Ordinal).Replace("\"constants\": { \"age_group\": \"_T\" },", string.Empty, StringComparison.Ordinal);

        var act = () => Read(json);

        act.Should().Throw<ContractException>().WithMessage("*aggregate.wide.Gesamt: states the same cell as 'Insgesamt' (age_group=_T)*");
    }

    [Fact]
    public void An_aggregate_contract_needs_its_aggregate_block()
    {
        var json = """
            {
              "id": "agg-test",
              "source": { "code": "AGG", "name": "Aggregate test source", "organisationType": "COURT" },
              "shape": "aggregate",
              "format": { "type": "csv", "delimiter": ";" }
            }
            """;

        var act = () => Read(json);

        act.Should().Throw<ContractException>().WithMessage("*agg-test.json*aggregate: missing*");
    }

    [Fact]
    public void A_microdata_contract_still_needs_its_entity()
    {
        var json = """
            {
              "id": "agg-test",
              "source": { "code": "AGG", "name": "Aggregate test source", "organisationType": "COURT" },
              "format": { "type": "csv", "delimiter": ";" },
              "columns": { "key": { "field": "linkage_key" } }
            }
            """;

        var act = () => Read(json);

        act.Should().Throw<ContractException>().WithMessage("*agg-test.json*entity: missing*");
    }
}
