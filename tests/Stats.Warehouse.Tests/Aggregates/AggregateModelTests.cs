using Stats.Warehouse.Publish;
using Stats.Warehouse.Sql;
using Stats.Warehouse.Tests.Support;

namespace Stats.Warehouse.Tests.Aggregates;

/// <summary>
/// Models 080 (fct_aggregate_cell: the current cells) and 081 (agg_aggregate_finding with is_current) over hand-built
/// staging rows of one return (contract court-test, indicator T01 in persons):
/// <code>
/// batch 1: 2022 _T 25;  2023 _T 30, F 18, M 12, UNK 5      findings: margin 2022, margin 2023
/// batch 2: 2023 _T 33, F 20, M 13, 2023-Q3 _T 9, 2023-05 _T 4   findings: revision 2023
/// </code>
/// Batch 2 holds 2023, so it replaces batch 1 for 2023 entirely (UNK 5 is gone); 2022 stays from batch 1.
/// </summary>
public sealed class AggregateModelTests
{
    private const string Contract = "court-test";

    [Fact]
    public async Task The_latest_batch_holding_a_year_replaces_every_earlier_one_for_that_year()
    {
        await using var wh = await StagedAsync();

        (await Query.LinesAsync(wh.Warehouse.Writer,
            """
            SELECT "year", freq, period_no, date_key, coordinates, value, load_batch_key = (SELECT max(load_batch_key) FROM meta_load_batch)
            FROM fct_aggregate_cell ORDER BY "year", freq, period_no, coordinates
            """)).Should().Equal(
            "2022|A|0|20220101|sex=_T|25|False",
            "2023|A|0|20230101|sex=F|20|True", "2023|A|0|20230101|sex=M|13|True", "2023|A|0|20230101|sex=_T|33|True",
            "2023|M|5|20230501|sex=_T|4|True",
            "2023|Q|3|20230701|sex=_T|9|True");
    }

    [Fact]
    public async Task Findings_of_a_replaced_delivery_are_kept_and_marked_not_current()
    {
        await using var wh = await StagedAsync();

        (await Query.LinesAsync(wh.Warehouse.Writer,
            "SELECT \"year\", check_code, is_current FROM agg_aggregate_finding ORDER BY load_batch_key, \"year\""))
            .Should().Equal("2022|margin|True", "2023|margin|False", "2023|revision|True");
    }

    [Fact]
    public async Task Data_tests_pass_and_a_current_cell_stated_twice_is_caught()
    {
        await using var wh = await StagedAsync();
        var tests = new DataTestRunner(wh.Warehouse.Database.Sql);
        (await tests.RunAsync(wh.Warehouse.Writer, CancellationToken.None)).Should().BeEmpty();

        await wh.Warehouse.Writer.ExecuteAsync("INSERT INTO fct_aggregate_cell SELECT * FROM fct_aggregate_cell WHERE \"year\" = 2022", CancellationToken.None);
        (await tests.RunAsync(wh.Warehouse.Writer, CancellationToken.None)).Select(f => f.Test).Should().Equal("duplicate_grain");
    }

    private static async Task<AggregateWarehouse> StagedAsync()
    {
        var wh = await AggregateWarehouse.CreateAsync();
        var first = await wh.DeliverAsync(Contract, "T01", "persons",
            ("2022", "sex=_T", "25"), ("2023", "sex=_T", "30"), ("2023", "sex=F", "18"), ("2023", "sex=M", "12"), ("2023", "sex=UNK", "5"));
        var second = await wh.DeliverAsync(Contract, "T01", "persons",
            ("2023", "sex=_T", "33"), ("2023", "sex=F", "20"), ("2023", "sex=M", "13"), ("2023-Q3", "sex=_T", "9"), ("2023-05", "sex=_T", "4"));
        await FindingAsync(wh, first, 2022, "margin");
        await FindingAsync(wh, first, 2023, "margin");
        await FindingAsync(wh, second, 2023, "revision");
        await wh.Warehouse.BuildAsync();
        return wh;
    }

    private static Task FindingAsync(AggregateWarehouse wh, long batch, int year, string check) => wh.Warehouse.Writer.ExecuteAsync(
        """
        INSERT INTO meta_aggregate_finding VALUES ($batch, $contract, $check, 'A', $year, 0, 'sex=_T', 30, 37, 1, 'Anzahl', 'test finding')
        """,
        CancellationToken.None, ("batch", batch), ("contract", Contract), ("check", check), ("year", year));
}
