using Stats.Warehouse.OData;

namespace Stats.Warehouse.Tests.OData;

/// <summary>$orderby (null is the smallest value, key appended), $select and $top/$skip on the hand-built table.</summary>
public sealed class ODataOrderSelectPageTests(ODataTestTable table) : IClassFixture<ODataTestTable>
{
    [Theory]
    [InlineData(null, "1,2,3,4,5,6,7,8,9,10,11,12")]                        // the key alone
    [InlineData("X", "3,6,11,9,2,4,10,8,12,1,7,5")]                         // nulls first (key order), then -7 -3 0 1 2 3 5 7 10
    [InlineData("X asc", "3,6,11,9,2,4,10,8,12,1,7,5")]
    [InlineData("X desc", "5,7,1,12,8,10,4,2,9,3,6,11")]                    // 10 7 5 3 2 1 0 -3 -7, then the nulls
    [InlineData("Flag desc, Id desc", "11,9,6,4,1,10,8,5,2,12,7,3")]        // true, false, null; Id descending inside
    [InlineData("Name", "3,8,9,10,1,12,2,5,6,4,11,7")]                      // nulls; then byte order: ' trim ' ABC Abba Bob O'Brien Zed 'abc ' cab hello xyz
    [InlineData("A add B desc", "11,2,10,4,6,9,12,7,3,1,8,5")]              // a+b: 9; 7 (2,10); 6 (4,6,9,12); 5; 4; 3; 2; 0
    public async Task Orderby_gives_the_hand_worked_order(string? orderBy, string expected)
    {
        var ids = await table.IdsAsync(new ODataQuery(null, orderBy, null, null, null, false));

        ids.Should().Equal(expected.Split(',').Select(long.Parse));
    }

    [Fact]
    public async Task Top_and_skip_page_through_the_stable_order()
    {
        // X asc is 3,6,11,9,2,4,...: skip 2, take 3.
        var ids = await table.IdsAsync(new ODataQuery(null, "X", null, 3, 2, false));

        ids.Should().Equal(11, 9, 2);
    }

    [Fact]
    public async Task Filter_order_and_page_combine()
    {
        // x not null and not 0: 1(5) 2(-3) 5(10) 7(7) 8(2) 9(-7) 10(1) 12(3); by X desc: 5,7,1,12,8,10,2,9; skip 1 take 4.
        var ids = await table.IdsAsync(new ODataQuery("X ne null and X ne 0", "X desc", null, 4, 1, false));

        ids.Should().Equal(7, 1, 12, 8);
    }

    [Fact]
    public async Task Without_top_the_page_is_max_top()
    {
        var sql = ODataSqlTranslator.Translate(table.Model, ODataTestTable.Set, new ODataQuery(null, null, null, null, null, false), 5);
        var (_, rows) = await table.RunAsync(sql);

        rows.Should().HaveCount(5);
    }

    [Fact]
    public async Task Select_returns_the_named_properties_under_their_EDM_names()
    {
        var sql = ODataSqlTranslator.Translate(table.Model, ODataTestTable.Set, new ODataQuery("Id eq 2", null, "Name,Id", null, null, false), 10);
        var (columns, rows) = await table.RunAsync(sql);

        columns.Should().Equal("Id", "Name"); // model order
        rows.Single()["Name"].Should().Be("O'Brien");
    }

    [Fact]
    public async Task Select_star_and_no_select_return_every_property()
    {
        var star = await table.RunAsync(ODataSqlTranslator.Translate(table.Model, ODataTestTable.Set, new ODataQuery(null, null, "*", 1, null, false), 10));
        var none = await table.RunAsync(ODataSqlTranslator.Translate(table.Model, ODataTestTable.Set, new ODataQuery(null, null, null, 1, null, false), 10));

        star.Columns.Should().Equal("Id", "Name", "X", "A", "B", "V", "D", "Flag");
        none.Columns.Should().Equal(star.Columns);
    }
}
