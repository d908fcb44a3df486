namespace Stats.Warehouse.Tests.Aggregates;

/// <summary>
/// Cube cells resolved from the stated cells of one yearly return (contract court-test, indicator T01 in persons, k = 5),
/// against hand-worked figures. Codes of the code list the return does not state are missing (no value, CONF_STATUS F),
/// never zero; sex has F, M, X, UNK.
/// </summary>
public sealed class StatedCellTests
{
    private const string Contract = "court-test";

    [Fact]
    public async Task A_stated_total_is_used_as_stated_even_when_its_details_add_up_to_something_else()
    {
        // _T 40 stated; F 22 + M 15 = 37. The total stays 40: the source knows persons whose sex it did not break down.
        await using var wh = await AggregateWarehouse.SexReturnAsync(("2023", "sex=_T", "40"), ("2023", "sex=F", "22"), ("2023", "sex=M", "15"));

        (await wh.CellsAsync("T01", "A")).Should().Equal("2023|40|40|F|||40");
        (await wh.CellsAsync("T01", "A", "sex")).Should().Equal(
            "2023|F|22|22|F|||22", "2023|M|15|15|F|||15", "2023|UNK|null|null|F|||0", "2023|X|null|null|F|||0");
    }

    [Fact]
    public async Task Without_a_stated_total_the_total_is_the_sum_of_the_stated_codes_and_a_missing_part_makes_it_missing()
    {
        // 2023: F 12 + M 9 + UNK 6 = 27 (no _T stated). 2022: F 12, M ':' (not available), X '-' (not applicable): the
        // total needs M, so it is missing, not 12 and not zero; X is missing with flag z; UNK was not stated in 2022.
        await using var wh = await AggregateWarehouse.SexReturnAsync(
            ("2023", "sex=F", "12"), ("2023", "sex=M", "9"), ("2023", "sex=UNK", "6"),
            ("2022", "sex=F", "12"), ("2022", "sex=M", ":"), ("2022", "sex=X", "-"));

        (await wh.CellsAsync("T01", "A")).Should().Equal("2022|null|null|F|||0", "2023|27|27|F|||27");
        (await wh.CellsAsync("T01", "A", "sex")).Should().Equal(
            "2022|F|12|12|F|||12", "2022|M|null|null|F|||0", "2022|UNK|null|null|F|||0", "2022|X|null|null|F|z|z|0",
            "2023|F|12|12|F|||12", "2023|M|9|9|F|||9", "2023|UNK|6|6|F|||6", "2023|X|null|null|F|||0");
    }

    [Fact]
    public async Task Combined_categories_count_under_the_main_form_of_lowest_precedence()
    {
        // Precedence (dim_exploitation_form): SEX 1, LAB 2, DOM 3, CRIM 4. SEX+LAB → SEX; LAB+DOM+CRIM → LAB.
        // SEX 20 + 6 = 26; LAB 8 + 5 = 13; DOM 7; stated total 46 (= 26 + 13 + 7). CRIM alone was not stated: missing.
        await using var wh = await AggregateWarehouse.CreateAsync(
            AggregateWarehouse.Definition("T01", Contract, "persons", "\"form_main\"", "{ \"by\": [\"form_main\"], \"frequencies\": [\"A\"] }"));
        await wh.DeliverAsync(Contract, "T01", "persons",
            ("2023", "form_main=_T", "46"), ("2023", "form_main=SEX", "20"), ("2023", "form_main=LAB", "8"),
            ("2023", "form_main=SEX+LAB", "6"), ("2023", "form_main=LAB+DOM+CRIM", "5"), ("2023", "form_main=DOM", "7"));
        await wh.BuildAsync();

        (await wh.CellsAsync("T01", "A")).Should().Equal("2023|46|46|F|||46");
        var forms = await wh.CellsAsync("T01", "A", "form_main");
        forms.Where(c => !c.Contains("|null|", StringComparison.Ordinal)).Should().Equal(
            "2023|DOM|7|7|F|||7", "2023|LAB|13|13|F|||13", "2023|SEX|26|26|F|||26");
        forms.Should().HaveCount(11).And.Contain("2023|CRIM|null|null|F|||0");
    }

    [Fact]
    public async Task A_combined_category_counts_under_each_of_its_forms_by_any_form_whose_total_is_never_summed()
    {
        // Return by any form: SEX 10, LAB 7, SEX+LAB 6 → SEX 16, LAB 13. 2023 states the total 21 (persons); 2022 does
        // not, and any form does not add up (16 + 13 = 29 > 21), so the 2022 total is missing rather than a sum.
        await using var wh = await AggregateWarehouse.CreateAsync(
            AggregateWarehouse.Definition("T01", Contract, "persons", "\"form_any\"", "{ \"by\": [\"form_any\"], \"frequencies\": [\"A\"] }"));
        await wh.DeliverAsync(Contract, "T01", "persons",
            ("2023", "form_any=_T", "21"), ("2023", "form_any=SEX", "10"), ("2023", "form_any=LAB", "7"), ("2023", "form_any=SEX+LAB", "6"),
            ("2022", "form_any=SEX", "10"), ("2022", "form_any=LAB", "7"), ("2022", "form_any=SEX+LAB", "6"));
        await wh.BuildAsync();

        (await wh.CellsAsync("T01", "A")).Should().Equal("2022|null|null|F|||0", "2023|21|21|F|||21");
        (await wh.CellsAsync("T01", "A", "form_any")).Where(c => !c.Contains("|null|", StringComparison.Ordinal)).Should().Equal(
            "2022|LAB|13|13|F|||13", "2022|SEX|16|16|F|||16", "2023|LAB|13|13|F|||13", "2023|SEX|16|16|F|||16");
    }

    [Fact]
    public async Task A_wide_return_by_two_dimensions_sums_over_one_where_only_the_grand_total_is_stated()
    {
        // Decisions by age group × outcome, grand total 31 stated, no row or column totals:
        //            POSITIVE  NEGATIVE | (sum)
        //   Y_GE18        12         8  | 20
        //   Y_LT18         6         5  | 11
        //   (sum)         18        13  | 31 stated
        await using var wh = await AggregateWarehouse.CreateAsync(
            AggregateWarehouse.Definition("T03", "ida-test", "decisions", "\"age_group\", \"id_outcome\"", "{ \"by\": [\"age_group\", \"id_outcome\"], \"frequencies\": [\"A\"] }"));
        await wh.DeliverAsync("ida-test", "T03", "decisions",
            ("2023", "age_group=_T;id_outcome=_T", "31"),
            ("2023", "age_group=Y_GE18;id_outcome=POSITIVE", "12"), ("2023", "age_group=Y_GE18;id_outcome=NEGATIVE", "8"),
            ("2023", "age_group=Y_LT18;id_outcome=POSITIVE", "6"), ("2023", "age_group=Y_LT18;id_outcome=NEGATIVE", "5"));
        await wh.BuildAsync();

        (await wh.CellsAsync("T03", "A")).Should().Equal("2023|31|31|F|||31");
        (await wh.CellsAsync("T03", "A", "age_group")).Where(c => !c.Contains("|null|", StringComparison.Ordinal))
            .Should().Equal("2023|Y_GE18|20|20|F|||20", "2023|Y_LT18|11|11|F|||11");
        (await wh.CellsAsync("T03", "A", "id_outcome")).Should().Equal("2023|NEGATIVE|13|13|F|||13", "2023|POSITIVE|18|18|F|||18");
        (await wh.CellsAsync("T03", "A", "age_group", "id_outcome")).Where(c => !c.Contains("|null|", StringComparison.Ordinal)).Should().Equal(
            "2023|Y_GE18|NEGATIVE|8|8|F|||8", "2023|Y_GE18|POSITIVE|12|12|F|||12", "2023|Y_LT18|NEGATIVE|5|5|F|||5", "2023|Y_LT18|POSITIVE|6|6|F|||6");
    }
}
