namespace Stats.Etl.Tests.Aggregates;

/// <summary>
/// A layout nobody coded for, onboarded by writing only a contract: a ministry's monthly table of residence permits
/// granted, by ground (rows) × sex (columns), semicolon-separated, with its own column names, a column that is
/// ignored, a year-to-date row and its own censoring token.
/// </summary>
public sealed class OnboardingTests : AggregateTestBase
{
    private const string ContractJson = """
        {
          "id": "ministry-permits",
          "title": "Ministry of the interior: first residence permits granted to victims, by ground and sex (monthly)",
          "source": { "code": "BMI", "name": "Ministry of the interior", "organisationType": "BORDER" },
          "shape": "aggregate",
          "format": { "type": "csv", "delimiter": ";", "fileNamePattern": "aufenthaltstitel_*.csv" },
          "ignore": ["Stand"],
          "aggregate": {
            "indicator": "V05",
            "unit": "decisions",
            "period": { "year": "Berichtsjahr", "month": "Monat", "annual": ["Summe"], "firstYear": 2020, "lastYear": 2030 },
            "dimensions": {
              "Aufenthaltsgrund": { "dimension": "permit_ground",
                                    "codes": { "Persönliche Situation": "PERSONAL", "Kooperation mit Behörden": "COOPERATION",
                                               "Humanitäre Gründe": "HUMANITARIAN", "Alle Gründe": "_T" } }
            },
            "wide": {
              "Frauen":   { "sex": "F" },
              "Männer":   { "sex": "M" },
              "Zusammen": { "sex": "_T" }
            },
            "constants": { "decision_type": "PERMIT_FIRST", "outcome": "GRANTED" },
            "censored": { "<3": { "lower": 1, "upper": 2 } }
          }
        }
        """;

    [Fact]
    public async Task A_new_layout_loads_from_a_contract_file_alone()
    {
        var contract = Contract("ministry-permits", ContractJson);
        var path = Write("aufenthaltstitel_2025_02.csv", """
            Berichtsjahr;Monat;Aufenthaltsgrund;Frauen;Männer;Zusammen;Stand
            2025;M01;Persönliche Situation;2;1;3;2025-03-03
            2025;M01;Kooperation mit Behörden;1;0;1;2025-03-03
            2025;M01;Alle Gründe;3;1;4;2025-03-03
            2025;2;Humanitäre Gründe;<3;0;<3;2025-03-03
            2025;Summe;Alle Gründe;5;1;6;2025-03-03

            """);

        var outcome = await LoadAsync(contract, path);

        AssertLoaded(outcome);
        outcome.Message.Should().Be("aufenthaltstitel_2025_02.csv: loaded as batch 1: 15 cells read, 15 stored (2 censored, 0 missing), 0 findings.");
        const string Fixed = "decision_type=PERMIT_FIRST;outcome=GRANTED;permit_ground=";
        (await CellsAsync(1)).Should().BeEquivalentTo(new[]
        {
            Cell(1, "Frauen", "M", 2025, 1, Fixed + "PERSONAL;sex=F", 2, "exact"),
            Cell(1, "Männer", "M", 2025, 1, Fixed + "PERSONAL;sex=M", 1, "exact"),
            Cell(1, "Zusammen", "M", 2025, 1, Fixed + "PERSONAL;sex=_T", 3, "exact"),
            Cell(2, "Frauen", "M", 2025, 1, Fixed + "COOPERATION;sex=F", 1, "exact"),
            Cell(2, "Männer", "M", 2025, 1, Fixed + "COOPERATION;sex=M", 0, "exact"),
            Cell(2, "Zusammen", "M", 2025, 1, Fixed + "COOPERATION;sex=_T", 1, "exact"),
            Cell(3, "Frauen", "M", 2025, 1, Fixed + "_T;sex=F", 3, "exact"),
            Cell(3, "Männer", "M", 2025, 1, Fixed + "_T;sex=M", 1, "exact"),
            Cell(3, "Zusammen", "M", 2025, 1, Fixed + "_T;sex=_T", 4, "exact"),
            Cell(4, "Frauen", "M", 2025, 2, Fixed + "HUMANITARIAN;sex=F", null, "censored", lower: 1, upper: 2, token: "<3"),
            Cell(4, "Männer", "M", 2025, 2, Fixed + "HUMANITARIAN;sex=M", 0, "exact"),
            Cell(4, "Zusammen", "M", 2025, 2, Fixed + "HUMANITARIAN;sex=_T", null, "censored", lower: 1, upper: 2, token: "<3"),
            Cell(5, "Frauen", "A", 2025, 0, Fixed + "_T;sex=F", 5, "exact"),
            Cell(5, "Männer", "A", 2025, 0, Fixed + "_T;sex=M", 1, "exact"),
            Cell(5, "Zusammen", "A", 2025, 0, Fixed + "_T;sex=_T", 6, "exact"),
        }, o => o.WithStrictOrdering());
        (await RowsAsync("SELECT DISTINCT indicator_id, unit, source_code FROM stg_aggregate_cell"))
            .Should().BeEquivalentTo(new[] { new[] { "V05", "decisions", "BMI" } });
    }
}
