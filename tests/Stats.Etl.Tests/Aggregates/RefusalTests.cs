using Stats.Etl.Intake;

namespace Stats.Etl.Tests.Aggregates;

/// <summary>
/// Bad input refuses the whole return with its reason and a message naming file, row, column and value; nothing
/// of it is stored (no cell, finding, batch or organisation) and no scratch table is left behind.
/// </summary>
public sealed class RefusalTests : AggregateTestBase
{
    private const string ContractJson = """
        {
          "id": "refusal-test",
          "source": { "code": "REF", "name": "Refusal test source", "organisationType": "COURT" },
          "shape": "aggregate",
          "format": { "type": "csv", "delimiter": ";" },
          "ignore": ["Hinweis"],
          "aggregate": {
            "indicator": "J05",
            "unit": "persons",
            "period": { "year": "Jahr", "quarter": "Quartal", "annual": ["Jahr"], "firstYear": 2015, "lastYear": 2035 },
            "dimensions": { "Geschlecht": { "dimension": "sex", "codes": { "weiblich": "F", "w": "F", "männlich": "M", "Insgesamt": "_T" } } },
            "count": "Anzahl",
            "censored": { "<5": { "lower": 1, "upper": 4 } },
            "missing": { ":": "not available" }
          }
        }
        """;

    private const string Header = "Jahr;Quartal;Geschlecht;Anzahl";

    public static TheoryData<string, string, string, string> BadInput() => new()
    {
        // name, data rows (after the header), reason, what the message must say
        { "count neither number nor token", "2024;Jahr;weiblich;12\n2024;Jahr;männlich;zwölf", "invalid_count", "row 2, column 'Anzahl': 'zwölf' is not a whole number and not a censored or missing token of the contract ('<5', ':')" },
        { "decimal count", "2024;Jahr;weiblich;3.5", "invalid_count", "row 1, column 'Anzahl': '3.5' is not a whole number" },
        { "empty count without an empty missing token", "2024;Jahr;weiblich;", "invalid_count", "row 1, column 'Anzahl': the cell is empty" },
        { "token in another case", "2024;Jahr;weiblich;<5\n2024;Jahr;männlich;C", "invalid_count", "row 2, column 'Anzahl': 'C' is not a whole number" },
        { "year before the declared range", "2014;Jahr;weiblich;4", "period_out_of_range", "row 1, column 'Jahr': year 2014 is outside the contract's range 2015–2035." },
        { "year after the declared range", "2036;Jahr;weiblich;4", "period_out_of_range", "row 1, column 'Jahr': year 2036 is outside the contract's range 2015–2035." },
        { "quarter that has not begun", "2025;Q2;weiblich;4\n2025;Q3;weiblich;4", "period_out_of_range", "row 2, column 'Quartal': period 2025-Q3 starts after the day of delivery 2025-06-30." },
        { "year that has not begun", "2026;Jahr;weiblich;4", "period_out_of_range", "row 1, column 'Jahr': period 2026 starts after the day of delivery 2025-06-30." },
        { "year that is no year", "24;Jahr;weiblich;4", "invalid_period", "row 1, column 'Jahr': '24' is not a year" },
        { "quarter that is no quarter", "2024;Q5;weiblich;4", "invalid_period", "row 1, column 'Quartal': 'Q5' is not a quarter (1–4, Q1–Q4) nor an annual marker ('Jahr')." },
        { "unknown category", "2024;Jahr;weiblich;4\n2024;Jahr;nichtbinär;1", "unknown_code", "row 2, column 'Geschlecht': 'nichtbinär' is not a code of code list 'sex' and the contract maps no such value for dimension 'sex'." },
        { "cell stated twice", "2024;Q1;weiblich;4\n2024;Q1;männlich;2\n2024;Q1;w;5", "duplicate_cell", "row 3, column 'Anzahl': '5' states the cell sex=F, 2024-Q1 again; row 1, column 'Anzahl' already states it." },
    };

    [Theory]
    [MemberData(nameof(BadInput))]
    public async Task Bad_cell_refuses_the_return_and_stores_nothing(string name, string rows, string reason, string detail)
    {
        var path = Write("refusal_2024.csv", Header + "\n" + rows + "\n");

        var outcome = await LoadAsync(Contract("refusal-test", ContractJson), path);

        await AssertRefusedAsync(outcome, reason, name);
        outcome.Message.Should().StartWith($"refusal_2024.csv: refused ({reason}): {detail}", name);
    }

    [Theory]
    [InlineData("Jahr;Quartal;Geschlecht", "missing_required_column", "required column 'Anzahl' missing.")]
    [InlineData("Jahr;Quartal;Geschlecht;Anzahl;Name", "identifying_column", "column 'Name' (name) would identify a person")]
    [InlineData("Jahr;Quartal;Geschlecht;Anzahl;Schuhgröße", "unknown_column", "column 'Schuhgröße' not in the contract (neither mapped nor ignored).")]
    public async Task Header_refusals_are_those_of_microdata(string header, string reason, string detail)
    {
        var cells = header.Split(';').Select(c => c switch { "Jahr" => "2024", "Quartal" => "Jahr", "Geschlecht" => "weiblich", "Anzahl" => "4", _ => "x" });
        var path = Write("refusal_2024.csv", header + "\n" + string.Join(";", cells) + "\n");

        var outcome = await LoadAsync(Contract("refusal-test", ContractJson), path);

        await AssertRefusedAsync(outcome, reason, header);
        outcome.Message.Should().Contain($"refusal_2024.csv: refused ({reason}): ").And.Contain(detail);
    }

    [Fact]
    public async Task An_ignored_column_is_accepted()
    {
        var path = Write("refusal_2024.csv", Header + ";Hinweis\n2024;Jahr;weiblich;4;vorläufig\n");

        AssertLoaded(await LoadAsync(Contract("refusal-test", ContractJson), path));
    }

    [Fact]
    public async Task A_decimal_xlsx_number_is_an_invalid_count()
    {
        var contract = Contract(CourtRegistryTable.Id, CourtRegistryTable.Contract);
        var path = Path.Combine(Dir, "court_registry_2024.xlsx");
        CourtRegistryTable.Write(path, [CourtRegistryTable.Row(2024, "weiblich", "Insgesamt", 12), CourtRegistryTable.Row(2024, "männlich", "Insgesamt", 3.5)]);

        var outcome = await LoadAsync(contract, path);

        await AssertRefusedAsync(outcome, "invalid_count", "xlsx 3.5");
        outcome.Message.Should().StartWith("court_registry_2024.xlsx: refused (invalid_count): row 2, column 'Verurteilte Personen': '3.5' is not a whole number");
    }

    private async Task AssertRefusedAsync(IntakeOutcome outcome, string reason, string because)
    {
        outcome.Status.Should().Be(IntakeStatus.Refused, because + ": " + outcome.Message);
        outcome.RefusalReason.Should().Be(reason, because);
        (outcome.LoadBatchKey, outcome.RowsRead, outcome.RowsLoaded).Should().Be((null, 0L, 0L), because);
        (await StoredAsync()).Should().Be((0L, 0L, 0L, 0L), because);
        (await CountAsync("SELECT count(*) FROM duckdb_tables() WHERE temporary")).Should().Be(0, because);
    }
}
