using Stats.Warehouse.OData;

namespace Stats.Warehouse.Tests.OData;

/// <summary>
/// Issue 10: queries the OData fuzzer (tests/Stats.Hardening.Tests/Fuzz) answered with a 500, translated and run here on
/// the hand-written rows of <see cref="ODataTestTable"/>; expected ids are read off those rows, not taken from the translator.
/// </summary>
public sealed class Issue10FuzzRegressionTests(ODataTestTable table) : IClassFixture<ODataTestTable>
{
    // (id, x) of ODataTestTable, as written there.
    private static readonly (long Id, int? X)[] Rows =
        [(1, 5), (2, -3), (3, null), (4, 0), (5, 10), (6, null), (7, 7), (8, 2), (9, -7), (10, 1), (11, null), (12, 3)];

    [Fact]
    public async Task Issue_10_an_Int64_literal_beyond_Int32_is_compared_with_an_Int32_column_and_widens_its_arithmetic()
    {
        // DuckDB typed the parameter from the INTEGER column and failed to convert 2147483648 (500 "QueryFailed").
        (await table.IdsAsync(ODataTestTable.Filter("X gt 2147483648"))).Should().BeEmpty();
        (await table.IdsAsync(ODataTestTable.Filter("X lt 2147483648"))).Should().Equal(Rows.Where(r => r.X is not null).Select(r => r.Id));
        (await table.IdsAsync(ODataTestTable.Filter("X add 3000000000 gt 3000000000"))).Should().Equal(Rows.Where(r => r.X > 0).Select(r => r.Id));
    }

    [Fact]
    public async Task Issue_10_a_constant_orderby_term_is_allowed_and_leaves_the_key_order()
    {
        // A constant became a bare parameter in ORDER BY, which DuckDB refuses ("Parameter not supported in ORDER BY clause").
        (await table.IdsAsync(new ODataQuery(null, "1", null, null, null, false))).Should().Equal(Rows.Select(r => r.Id));
        (await table.IdsAsync(new ODataQuery(null, "'x' desc,X desc", null, null, null, false)))
            .Should().Equal(Rows.OrderByDescending(r => r.X).ThenBy(r => r.Id).Select(r => r.Id));
    }

    [Theory]
    [InlineData("x")]
    [InlineData(true)]
    public void Issue_10_a_forged_skiptoken_value_of_another_type_than_its_sort_term_is_refused(object forged)
    {
        // DuckDB's binder refused the comparison ("Cannot compare values of type BIGINT and type VARCHAR"): a 500 before.
        var act = () => ODataSqlTranslator.Translate(table.Model, ODataTestTable.Set,
            new ODataQuery(null, null, null, 3, null, false) { After = [forged] }, ODataTestTable.MaxTop);

        act.Should().Throw<ODataQueryInvalidException>().WithMessage("$skiptoken:*type*");
    }

    [Fact]
    public async Task Issue_10_sort_values_of_any_numeric_type_still_page_a_numeric_order()
    {
        // DuckDB widens expression types (length() of an Edm.Int32 is BIGINT), so a token carries whichever number it read.
        foreach (object after in new object[] { 3, 3L, 3.0 })
        {
            (await table.IdsAsync(new ODataQuery(null, null, null, 2, null, false) { After = [after] })).Should().Equal(4, 5);
        }

        (await table.IdsAsync(new ODataQuery(null, "D", null, 2, null, false) { After = [new DateOnly(2025, 1, 1), 9L] })).Should().Equal(1, 7);
    }
}
