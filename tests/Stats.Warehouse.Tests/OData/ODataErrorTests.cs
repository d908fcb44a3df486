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
}
