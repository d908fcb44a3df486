using Stats.Warehouse.OData;

namespace Stats.Warehouse.Tests.OData;

/// <summary>Each $filter runs on the hand-built table; the expected Ids are worked out by hand from the rows in <see cref="ODataTestTable"/>.</summary>
public sealed class ODataFilterTests(ODataTestTable table) : IClassFixture<ODataTestTable>
{
    [Theory]
    [InlineData("X le 0", "2,4,9")]                                        // x = -3, 0, -7
    [InlineData("not (X le 0)", "1,3,5,6,7,8,10,11,12")]                    // the rest, nulls (3,6,11) included: null le 0 is false
    [InlineData("X eq null", "3,6,11")]
    [InlineData("X ne null", "1,2,4,5,7,8,9,10,12")]
    [InlineData("X eq 5", "1")]
    [InlineData("X ne 5", "2,3,4,5,6,7,8,9,10,11,12")]                      // null ne 5 is true in OData
    [InlineData("X gt 2 and X lt 8", "1,7,12")]                             // 5, 7, 3
    [InlineData("X ge 7 or Name eq null", "3,5,7,8")]                       // x 10, 7; names null on 3, 8
    [InlineData("(X gt 0 or X lt -5) and not (A eq 1)", "5,7,9,10,12")]    // {1,5,7,8,10,12} + {9}, minus a = 1 (1, 8)
    [InlineData("Name eq 'O''Brien'", "2")]
    [InlineData("contains(tolower(Name), 'ab')", "1,4,6,10")]              // abba, cab, 'abc ', abc
    [InlineData("not contains(Name, 'b')", "2,3,5,7,8,9,10,11")]           // 'b' (case-sensitive) in 1,4,6,12; nulls kept
    [InlineData("startswith(Name, 'A')", "1,10")]
    [InlineData("endswith(toupper(Name), 'C')", "10")]                      // 'ABC ' (row 6) ends with a space
    [InlineData("length(Name) eq 3", "4,5,7,10,12")]                         // cab Zed xyz ABC Bob
    [InlineData("trim(Name) eq 'abc' or trim(Name) eq 'trim'", "6,9")]
    [InlineData("year(D) eq 2025", "1,3,5,7,9,11")]
    [InlineData("month(D) eq 2 and day(D) eq 29", "8")]
    [InlineData("month(D) eq 12", "2,5")]
    [InlineData("D lt 2023-01-01", "6,10,12")]
    [InlineData("A add B gt 5", "2,4,6,9,10,11,12")]                         // a+b: 3 7 4 6 0 6 5 2 6 7 9 6
    [InlineData("A sub B lt 0", "1,9,11")]                                   // a-b: -1 1 0 0 0 4 7 0 -2 7 -9 14
    [InlineData("A mul B eq 4", "3")]                                        // 2*2
    [InlineData("A mod B eq 1", "1,2")]                                      // 1%2, 4%3; b = 0 on 5 and 10 gives no row
    [InlineData("-A lt -5", "7,10,12")]                                      // a = 6, 7, 10
    [InlineData("7 div 2 eq 3", "1,2,3,4,5,6,7,8,9,10,11,12")]              // integer division on integers
    [InlineData("X div 2 eq -3", "9")]                                       // -7 div 2 truncates to -3 (floor would be -4)
    [InlineData("V div 2 eq 0.75", "1")]                                     // double division: 1.5 / 2
    [InlineData("X in (5, -3, 99)", "1,2")]
    [InlineData("Name in ('Bob', 'Zed')", "5,12")]
    [InlineData("X gt 2.5", "1,5,7,12")]                                    // Int32 column promoted to double: 5 10 7 3
    [InlineData("X lt 0.1", "2,4,9")]                                        // -3 0 -7
    [InlineData("V gt 2.0", "3,7,8,9,11")]                                   // 2.5 3.25 10 4 5.5
    [InlineData("not (V ge 0)", "2,4,6,10,12")]                              // -1, -2.5 and the nulls 2, 6, 10
    [InlineData("Flag eq true", "1,4,6,9,11")]
    [InlineData("Flag eq false", "2,5,8,10")]
    [InlineData("Flag", "1,4,6,9,11")]
    [InlineData("Flag eq null", "3,7,12")]
    public async Task Filter_selects_the_hand_counted_rows(string filter, string expected)
    {
        var ids = await table.IdsAsync(ODataTestTable.Filter(filter));

        ids.Should().Equal(expected.Split(',').Select(long.Parse));
    }

    [Fact]
    public async Task Count_counts_the_filtered_rows()
    {
        var sql = ODataSqlTranslator.TranslateCount(table.Model, ODataTestTable.Set, "X eq null or X gt 6");
        var (_, rows) = await table.RunAsync(sql);

        rows.Single().Values.Single().Should().Be(5L); // nulls 3, 6, 11 and x = 10, 7
    }

    [Fact]
    public void Non_nullable_operands_use_plain_operators_and_nullable_ones_keep_OData_null_semantics()
    {
        string Where(string filter) => ODataSqlTranslator.Translate(table.Model, ODataTestTable.Set, ODataTestTable.Filter(filter), 10).Sql;

        Where("A gt 1 and A eq B").Should().NotContain("COALESCE").And.NotContain("DISTINCT");
        Where("X gt 1").Should().Contain("COALESCE");
        Where("X eq 1").Should().Contain("IS NOT DISTINCT FROM");
        Where("X eq null").Should().Contain("IS NULL").And.NotContain("$p0 ");
    }

    [Theory]
    [InlineData("V eq 0.1")]
    [InlineData("X lt 0.1")]
    [InlineData("0.1 gt V")]
    public void Fractional_literals_keep_their_decimal_value(string filter)
    {
        // The parser may bind 0.1 as Single; widened naively it would become 0.100000001490116 and miss an exact 0.1.
        var sql = ODataSqlTranslator.Translate(table.Model, ODataTestTable.Set, ODataTestTable.Filter(filter), 10);

        sql.Parameters[0].Value.Should().Be(0.1d);
    }

    [Fact]
    public void Every_literal_becomes_a_parameter()
    {
        var sql = ODataSqlTranslator.Translate(table.Model, ODataTestTable.Set,
            ODataTestTable.Filter("Name eq 'O''Brien' or X eq 424242 or V eq 3.75 or D eq 2019-05-06 or Name in ('Zqx') or contains(Name, 'Qv')"),
            ODataTestTable.MaxTop);

        foreach (var literal in new[] { "Brien", "424242", "3.75", "2019", "Zqx", "Qv" })
        {
            sql.Sql.Should().NotContain(literal);
        }

        sql.Parameters.Select(p => p.Value).Should().Contain(["O'Brien", 424242, 3.75, new DateOnly(2019, 5, 6), "Zqx", "Qv"]);
    }
}
