using Stats.Warehouse.OData;

namespace Stats.Warehouse.Tests.OData;

/// <summary>Bad queries answer "invalid" naming the option; valid but untranslated ones answer "not supported" — never wrong SQL.</summary>
public sealed class ODataErrorTests(ODataTestTable table) : IClassFixture<ODataTestTable>
{
    [Theory]
    [InlineData("X eq", null, null, "$filter")]                 // malformed
    [InlineData("Nope eq 1", null, null, "$filter")]            // unknown property
    [InlineData("Name eq 5", null, null, "$filter")]            // type mismatch
    [InlineData("X", null, null, "$filter")]                    // not a boolean
    [InlineData("Name/any(c: c eq 'a')", null, null, "$filter")] // a lambda needs a collection; flat sets have none
    [InlineData(null, "Nope desc", null, "$orderby")]
    [InlineData(null, "X sideways", null, "$orderby")]
    [InlineData(null, null, "Nope", "$select")]
    public void Invalid_options_are_rejected_naming_the_option(string? filter, string? orderBy, string? select, string option)
    {
        var act = () => ODataSqlTranslator.Translate(table.Model, ODataTestTable.Set, new ODataQuery(filter, orderBy, select, null, null, false), 10);

        act.Should().Throw<ODataQueryInvalidException>().Which.Message.Should().StartWith(option);
    }

    [Theory]
    [InlineData(101L, null, "$top")]
    [InlineData(-1L, null, "$top")]
    [InlineData(null, -1L, "$skip")]
    public void Out_of_range_top_and_skip_are_invalid(long? top, long? skip, string option)
    {
        var act = () => ODataSqlTranslator.Translate(table.Model, ODataTestTable.Set, new ODataQuery(null, null, null, top, skip, false), ODataTestTable.MaxTop);

        act.Should().Throw<ODataQueryInvalidException>().Which.Message.Should().StartWith(option);
    }

    [Theory]
    [InlineData("geo.distance(geography'POINT(0 0)', geography'POINT(1 1)') lt 5.0")]
    [InlineData("round(V) eq 2")]
    [InlineData("concat(Name, 'x') eq 'Bobx'")]
    [InlineData("indexof(Name, 'b') eq 1")]
    [InlineData("cast(X, Edm.String) eq '5'")]
    [InlineData("isof(Name, Edm.String)")]
    public void Valid_but_untranslated_constructs_are_not_supported(string filter)
    {
        var act = () => ODataSqlTranslator.Translate(table.Model, ODataTestTable.Set, ODataTestTable.Filter(filter), 10);

        act.Should().Throw<ODataQueryNotSupportedException>().Which.Message.Should().StartWith("$filter");
    }

    [Fact]
    public void Unsupported_in_count_is_not_supported_too()
    {
        var act = () => ODataSqlTranslator.TranslateCount(table.Model, ODataTestTable.Set, "round(V) eq 2");

        act.Should().Throw<ODataQueryNotSupportedException>();
    }

    [Fact]
    public void Expressions_over_the_node_limit_are_invalid_and_those_at_it_are_accepted()
    {
        // "X eq i" is 3 nodes (operator, property, literal); n terms joined by n - 1 "or" make 4n - 1 nodes.
        static string Ors(int n) => string.Join(" or ", Enumerable.Range(0, n).Select(i => $"X eq {i}"));
        var limits = new ODataLimits(MaxNodeCount: 39, MaxOrderByTerms: 2);
        var atLimit = () => ODataSqlTranslator.Translate(table.Model, ODataTestTable.Set, new ODataQuery(Ors(10), null, null, null, null, false), 10, limits);
        var overLimit = () => ODataSqlTranslator.Translate(table.Model, ODataTestTable.Set, new ODataQuery(Ors(11), null, null, null, null, false), 10, limits);
        var longIn = () => ODataSqlTranslator.TranslateCount(table.Model, ODataTestTable.Set,
            "X in (" + string.Join(",", Enumerable.Range(0, 40)) + ")", limits);
        var manyTerms = () => ODataSqlTranslator.Translate(table.Model, ODataTestTable.Set, new ODataQuery(null, "X,V,Name", null, null, null, false), 10, limits);

        atLimit.Should().NotThrow();
        overLimit.Should().Throw<ODataQueryInvalidException>().WithMessage("$filter: the expression has 43 nodes*39*");
        longIn.Should().Throw<ODataQueryInvalidException>().WithMessage("$filter*");
        manyTerms.Should().Throw<ODataQueryInvalidException>().WithMessage("$orderby: 3 terms*2*");
    }
}
