namespace Stats.Etl.Tests.Aggregates;

/// <summary>
/// A wide quarterly table (one count column per age group × outcome) with the year's own row: unpivoted into one
/// cell per column, quarters stored as Q and the year row as A, side by side and never added together.
/// </summary>
public sealed class WideQuarterlyTests : AggregateTestBase
{
    internal const string ContractJson = """
        {
          "id": "id-decisions-test",
          "title": "Identification authority: decisions by age group and outcome (quarterly, wide)",
          "source": { "code": "IDA", "name": "Identification authority", "organisationType": "OTHER_GOV" },
          "shape": "aggregate",
          "format": { "type": "csv", "delimiter": ";", "fileNamePattern": "identification_decisions_*.csv" },
          "aggregate": {
            "indicator": "V08",
            "unit": "decisions",
            "period": { "year": "Jahr", "quarter": "Quartal", "annual": ["Jahr", "Gesamt"], "firstYear": 2015, "lastYear": 2035 },
            "wide": {
              "Erwachsene positiv": { "age_group": "Y_GE18", "id_outcome": "POSITIVE" },
              "Erwachsene negativ": { "age_group": "Y_GE18", "id_outcome": "NEGATIVE" },
              "Kinder positiv":     { "age_group": "Y_LT18", "id_outcome": "POSITIVE" },
              "Kinder negativ":     { "age_group": "Y_LT18", "id_outcome": "NEGATIVE" },
              "Positiv gesamt":     { "age_group": "_T",     "id_outcome": "POSITIVE" },
              "Negativ gesamt":     { "age_group": "_T",     "id_outcome": "NEGATIVE" },
              "Insgesamt":          { "age_group": "_T",     "id_outcome": "_T" }
            },
            "constants": { "sex": "_T" },
            "censored": { "<5": { "lower": 1, "upper": 4 }, "c": { "lower": 1 } },
            "missing":  { ":": "not available" }
          }
        }
        """;

    internal const string Header = "Jahr;Quartal;Erwachsene positiv;Erwachsene negativ;Kinder positiv;Kinder negativ;Positiv gesamt;Negativ gesamt;Insgesamt";

    private const string AdultYes = "age_group=Y_GE18;id_outcome=POSITIVE;sex=_T", AdultNo = "age_group=Y_GE18;id_outcome=NEGATIVE;sex=_T";
    private const string ChildYes = "age_group=Y_LT18;id_outcome=POSITIVE;sex=_T", ChildNo = "age_group=Y_LT18;id_outcome=NEGATIVE;sex=_T";
    private const string AllYes = "age_group=_T;id_outcome=POSITIVE;sex=_T", AllNo = "age_group=_T;id_outcome=NEGATIVE;sex=_T", All = "age_group=_T;id_outcome=_T;sex=_T";

    [Fact]
    public async Task Wide_columns_are_unpivoted_and_the_year_row_is_kept_apart_from_its_quarters()
    {
        var contract = Contract("id-decisions-test", ContractJson);
        var path = Write("identification_decisions_2024.csv", Header + """

            2024;Q1;5;3;1;0;6;3;9
            2024;Q2;4;2;<5;1;5;3;c
            2024;q3;6;1;0;0;6;1;7
            2024; 4 ;7;4;2;0;9;4;13
            2024;Jahr;22;10;4;1;26;11;37
            2025;Q1;3;:;1;0;4;:;:

            """);

        var outcome = await LoadAsync(contract, path);

        AssertLoaded(outcome);
        outcome.Message.Should().Be("identification_decisions_2024.csv: loaded as batch 1: 42 cells read, 42 stored (2 censored, 3 missing), 0 findings.");
        outcome.Findings.Should().BeEmpty(
            "the year adds up: 5+4+6+7 = 22, 3+2+1+4 = 10, 1+[1,4]+0+2 ∋ 4, 0+1+0+0 = 1, 6+5+6+9 = 26, 3+3+1+4 = 11, 9+[1,∞)+7+13 ∋ 37; " +
            "and so do the margins: 22 + 4 = 26, 10 + 1 = 11, 26 + 11 = 37, and in each quarter likewise");
        (await CellsAsync(1)).Should().BeEquivalentTo(new[]
        {
            Cell(1, "Erwachsene negativ", "Q", 2024, 1, AdultNo, 3, "exact"),
            Cell(1, "Erwachsene positiv", "Q", 2024, 1, AdultYes, 5, "exact"),
            Cell(1, "Insgesamt", "Q", 2024, 1, All, 9, "exact"),
            Cell(1, "Kinder negativ", "Q", 2024, 1, ChildNo, 0, "exact"),
            Cell(1, "Kinder positiv", "Q", 2024, 1, ChildYes, 1, "exact"),
            Cell(1, "Negativ gesamt", "Q", 2024, 1, AllNo, 3, "exact"),
            Cell(1, "Positiv gesamt", "Q", 2024, 1, AllYes, 6, "exact"),
            Cell(2, "Erwachsene negativ", "Q", 2024, 2, AdultNo, 2, "exact"),
            Cell(2, "Erwachsene positiv", "Q", 2024, 2, AdultYes, 4, "exact"),
            Cell(2, "Insgesamt", "Q", 2024, 2, All, null, "censored", lower: 1, token: "c"),
            Cell(2, "Kinder negativ", "Q", 2024, 2, ChildNo, 1, "exact"),
            Cell(2, "Kinder positiv", "Q", 2024, 2, ChildYes, null, "censored", lower: 1, upper: 4, token: "<5"),
            Cell(2, "Negativ gesamt", "Q", 2024, 2, AllNo, 3, "exact"),
            Cell(2, "Positiv gesamt", "Q", 2024, 2, AllYes, 5, "exact"),
            Cell(3, "Erwachsene negativ", "Q", 2024, 3, AdultNo, 1, "exact"),
            Cell(3, "Erwachsene positiv", "Q", 2024, 3, AdultYes, 6, "exact"),
            Cell(3, "Insgesamt", "Q", 2024, 3, All, 7, "exact"),
            Cell(3, "Kinder negativ", "Q", 2024, 3, ChildNo, 0, "exact"),
            Cell(3, "Kinder positiv", "Q", 2024, 3, ChildYes, 0, "exact"),
            Cell(3, "Negativ gesamt", "Q", 2024, 3, AllNo, 1, "exact"),
            Cell(3, "Positiv gesamt", "Q", 2024, 3, AllYes, 6, "exact"),
            Cell(4, "Erwachsene negativ", "Q", 2024, 4, AdultNo, 4, "exact"),
            Cell(4, "Erwachsene positiv", "Q", 2024, 4, AdultYes, 7, "exact"),
            Cell(4, "Insgesamt", "Q", 2024, 4, All, 13, "exact"),
            Cell(4, "Kinder negativ", "Q", 2024, 4, ChildNo, 0, "exact"),
            Cell(4, "Kinder positiv", "Q", 2024, 4, ChildYes, 2, "exact"),
            Cell(4, "Negativ gesamt", "Q", 2024, 4, AllNo, 4, "exact"),
            Cell(4, "Positiv gesamt", "Q", 2024, 4, AllYes, 9, "exact"),
            Cell(5, "Erwachsene negativ", "A", 2024, 0, AdultNo, 10, "exact"),
            Cell(5, "Erwachsene positiv", "A", 2024, 0, AdultYes, 22, "exact"),
            Cell(5, "Insgesamt", "A", 2024, 0, All, 37, "exact"),
            Cell(5, "Kinder negativ", "A", 2024, 0, ChildNo, 1, "exact"),
            Cell(5, "Kinder positiv", "A", 2024, 0, ChildYes, 4, "exact"),
            Cell(5, "Negativ gesamt", "A", 2024, 0, AllNo, 11, "exact"),
            Cell(5, "Positiv gesamt", "A", 2024, 0, AllYes, 26, "exact"),
            Cell(6, "Erwachsene negativ", "Q", 2025, 1, AdultNo, null, "missing", token: ":", reason: "not available"),
            Cell(6, "Erwachsene positiv", "Q", 2025, 1, AdultYes, 3, "exact"),
            Cell(6, "Insgesamt", "Q", 2025, 1, All, null, "missing", token: ":", reason: "not available"),
            Cell(6, "Kinder negativ", "Q", 2025, 1, ChildNo, 0, "exact"),
            Cell(6, "Kinder positiv", "Q", 2025, 1, ChildYes, 1, "exact"),
            Cell(6, "Negativ gesamt", "Q", 2025, 1, AllNo, null, "missing", token: ":", reason: "not available"),
            Cell(6, "Positiv gesamt", "Q", 2025, 1, AllYes, 4, "exact"),
        }, o => o.WithStrictOrdering());
        (await RowsAsync("SELECT freq, \"year\", count(*), sum(value) FROM stg_aggregate_cell GROUP BY ALL ORDER BY ALL")).Should().BeEquivalentTo(new[]
        {
            new[] { "A", "2024", "7", "111" },
            new[] { "Q", "2024", "28", "102" },
            new[] { "Q", "2025", "7", "8" },
        }, o => o.WithStrictOrdering());
    }

    [Fact]
    public async Task Quarters_that_do_not_add_up_to_the_year_are_a_period_finding()
    {
        var contract = Contract("id-decisions-test", ContractJson);
        var path = Write("identification_decisions_2023.csv", Header + """

            2023;Q1;5;3;1;0;6;3;9
            2023;Q2;4;2;1;1;5;3;8
            2023;Q3;6;1;0;0;6;1;7
            2023;Q4;7;4;2;0;9;4;13
            2023;Gesamt;22;10;4;1;26;11;38

            """);

        var outcome = await LoadAsync(contract, path);

        AssertLoaded(outcome);
        (await FindingsAsync(outcome.LoadBatchKey!.Value)).Should().BeEquivalentTo(new[]
        {
            Finding("margin", "A", 2023, 0, All, 38, 37, 5, "Insgesamt"),
            Finding("period_sum", "A", 2023, 0, All, 38, 37, 5, "Insgesamt"),
        }, o => o.WithStrictOrdering(), "26 + 11 = 37 and 9 + 8 + 7 + 13 = 37");
        outcome.Findings.Select(f => f.Message).Should().Equal(
            "identification_decisions_2023.csv: row 5, column 'Insgesamt': total 38 for age_group=_T;id_outcome=_T;sex=_T, 2023 but its 2 details over id_outcome add up to 37.",
            "identification_decisions_2023.csv: row 5, column 'Insgesamt': year 2023 states 38 for age_group=_T;id_outcome=_T;sex=_T but its 4 quarters add up to 37.");
        outcome.Message.Should().EndWith("35 cells read, 35 stored (0 censored, 0 missing), 2 findings (margin 1, period_sum 1).");
    }
}
