namespace Stats.Warehouse.Tests.Aggregates;

/// <summary>
/// Years from quarters (and quarters from months) of a return, against hand-worked figures (indicator T02 by sex at A
/// and Q, k = 5). The builds are as of 2025-09-01, so every period of 2022–2024 is published and final.
/// </summary>
public sealed class PeriodTests
{
    private const string Contract = "quarterly-test";

    [Fact]
    public async Task A_year_without_an_annual_row_is_the_sum_of_its_four_quarters_and_a_stated_year_is_used_as_stated()
    {
        // 2023, quarters only:  _T 12, 13, 11, 12 = 48;  F 6, 7, 5, 6 = 24;  M 6, 6, 6, 6 = 24.
        // 2022: the year row states 30 although its quarters add up to 4 × 7 = 28: the year stays 30.
        // 2024, year to date (Q1 10, Q2 11): no year figure, Q3 and Q4 missing — not zero.
        await using var wh = await AggregateWarehouse.CreateAsync(Definition());
        await wh.DeliverAsync(Contract, "T02", "persons",
            ("2023-Q1", "sex=_T", "12"), ("2023-Q2", "sex=_T", "13"), ("2023-Q3", "sex=_T", "11"), ("2023-Q4", "sex=_T", "12"),
            ("2023-Q1", "sex=F", "6"), ("2023-Q2", "sex=F", "7"), ("2023-Q3", "sex=F", "5"), ("2023-Q4", "sex=F", "6"),
            ("2023-Q1", "sex=M", "6"), ("2023-Q2", "sex=M", "6"), ("2023-Q3", "sex=M", "6"), ("2023-Q4", "sex=M", "6"),
            ("2022", "sex=_T", "30"),
            ("2022-Q1", "sex=_T", "7"), ("2022-Q2", "sex=_T", "7"), ("2022-Q3", "sex=_T", "7"), ("2022-Q4", "sex=_T", "7"),
            ("2024-Q1", "sex=_T", "10"), ("2024-Q2", "sex=_T", "11"));
        await wh.BuildAsync();

        (await wh.CellsAsync("T02", "A")).Should().Equal("2022|30|30|F|||30", "2023|48|48|F|||48", "2024|null|null|F|||0");
        (await wh.CellsAsync("T02", "A", "sex")).Where(c => !c.Contains("|null|", StringComparison.Ordinal))
            .Should().Equal("2023|F|24|24|F|||24", "2023|M|24|24|F|||24");
        (await wh.CellsAsync("T02", "Q")).Select(c => c.Split('|')[0] + "|" + c.Split('|')[1]).Should().Equal(
            "2022-Q1|7", "2022-Q2|7", "2022-Q3|7", "2022-Q4|7", "2023-Q1|12", "2023-Q2|13", "2023-Q3|11", "2023-Q4|12",
            "2024-Q1|10", "2024-Q2|11", "2024-Q3|null", "2024-Q4|null");
    }

    [Fact]
    public async Task Quarters_and_the_year_of_a_monthly_return_are_the_sums_of_its_months()
    {
        // 2023: month m has m persons. Q1 1+2+3 = 6, Q2 15, Q3 24, Q4 33; the year 78.
        await using var wh = await AggregateWarehouse.CreateAsync(Definition());
        await wh.DeliverAsync(Contract, "T02", "persons",
            [.. Enumerable.Range(1, 12).Select(m => ($"2023-{m:00}", "sex=_T", m.ToString(System.Globalization.CultureInfo.InvariantCulture)))]);
        await wh.BuildAsync();

        (await wh.CellsAsync("T02", "A")).Should().Equal("2023|78|78|F|||78");
        (await wh.CellsAsync("T02", "Q")).Select(c => c.Split('|')[1]).Should().Equal("6", "15", "24", "33");
    }

    private static (string, string) Definition() => AggregateWarehouse.Definition(
        "T02", Contract, "persons", "\"sex\"", "{ \"by\": [\"sex\"], \"frequencies\": [\"A\", \"Q\"] }");
}
