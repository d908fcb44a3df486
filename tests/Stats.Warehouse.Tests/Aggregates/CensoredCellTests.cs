namespace Stats.Warehouse.Tests.Aggregates;

/// <summary>
/// Cells suppressed at source ('&lt;5' censored 1–4, 'c' censored from 1) and small exact cells of a return by sex
/// (indicator T01, k = 5). Suppression costs as the cube sets them (value + 1, × 2 for a total, × 10 for a year): in one
/// year F is cheaper to hide than the total whenever F ≤ the total. X and UNK are not stated: missing, in no relation.
/// </summary>
public sealed class CensoredCellTests
{
    [Fact]
    public async Task A_censored_cell_is_suppressed_for_everyone_and_a_cell_of_its_relation_too_so_it_cannot_be_recovered()
    {
        // Total 20, F 17, M '<5'. Published as is, M = 20 − 17 = 3. M: no value even for analysts, C, flags c / c.
        // The relation 20 = F + M holds M alone, so F (cost 180 < 420 for the total) is hidden as well (D): the public
        // sees 20 and two unknowns. Analysts still see F = 17 (their value is never suppressed).
        await using var wh = await AggregateWarehouse.SexReturnAsync(("2023", "sex=_T", "20"), ("2023", "sex=F", "17"), ("2023", "sex=M", "<5"));

        (await wh.CellsAsync("T01", "A")).Should().Equal("2023|20|20|F|||20");
        (await wh.CellsAsync("T01", "A", "sex")).Should().Equal(
            "2023|F|17|null|D|c||17", "2023|M|null|null|C|c|c|0", "2023|UNK|null|null|F|||0", "2023|X|null|null|F|||0");
    }

    [Fact]
    public async Task A_cell_suppressed_at_source_stays_suppressed_even_if_it_must_be_k_or_more()
    {
        // Total 30, F 13, M 'c' (at least 1): M = 30 − 13 = 17 ≥ k, yet the source suppressed it, so it stays C and
        // F is hidden with it (cost 140 < 620).
        await using var wh = await AggregateWarehouse.SexReturnAsync(("2023", "sex=_T", "30"), ("2023", "sex=F", "13"), ("2023", "sex=M", "c"));

        (await wh.CellsAsync("T01", "A", "sex")).Take(2).Should().Equal("2023|F|13|null|D|c||13", "2023|M|null|null|C|c|c|0");
        (await wh.CellsAsync("T01", "A")).Should().Equal("2023|30|30|F|||30");
    }

    [Fact]
    public async Task A_censored_total_hides_the_cheaper_of_its_details()
    {
        // Total 'c', F 12, M 9: the total would be F + M = 21. It stays C; of F (cost 130) and M (100), M is hidden.
        await using var wh = await AggregateWarehouse.SexReturnAsync(("2023", "sex=_T", "c"), ("2023", "sex=F", "12"), ("2023", "sex=M", "9"));

        (await wh.CellsAsync("T01", "A")).Should().Equal("2023|null|null|C|c|c|0");
        (await wh.CellsAsync("T01", "A", "sex")).Take(2).Should().Equal("2023|F|12|12|F|||12", "2023|M|9|null|D|c||9");
    }

    [Fact]
    public async Task A_sum_with_a_censored_part_is_censored_not_a_number()
    {
        // No total stated; F '<5', M 12: the total is censored (13 … 16), C for everyone. Total − F = M = 12 is published
        // but tells nothing about F: the total is unknown too.
        await using var wh = await AggregateWarehouse.SexReturnAsync(("2023", "sex=F", "<5"), ("2023", "sex=M", "12"));

        (await wh.CellsAsync("T01", "A")).Should().Equal("2023|null|null|C|c|c|0");
        (await wh.CellsAsync("T01", "A", "sex")).Take(2).Should().Equal("2023|F|null|null|C|c|c|0", "2023|M|12|12|F|||12");
    }

    [Fact]
    public async Task A_small_exact_cell_of_a_return_goes_through_the_threshold_rule()
    {
        // Total 23, F 3, M 20: F (3 < k) is a primary, C, its value kept for analysts; M is hidden with it (D).
        await using var wh = await AggregateWarehouse.SexReturnAsync(("2023", "sex=_T", "23"), ("2023", "sex=F", "3"), ("2023", "sex=M", "20"));

        (await wh.CellsAsync("T01", "A", "sex")).Take(2).Should().Equal("2023|F|3|null|C|c||3", "2023|M|20|null|D|c||20");
        (await wh.CellsAsync("T01", "A")).Should().Equal("2023|23|23|F|||23");
    }
}
