using Stats.Warehouse.OData;
using Stats.Warehouse.OData.Apply;

namespace Stats.Warehouse.Tests.OData;

/// <summary>Malformed $apply or one over the limits is invalid (400); valid but untranslated constructs are not supported (501).</summary>
public sealed class ApplyErrorTests(ApplyFactTable table) : IClassFixture<ApplyFactTable>
{
    private static readonly ApplyLimits Small = new() { MaxTransformations = 2, MaxGroupByProperties = 2, MaxAggregates = 2, MaxGroups = 3 };

    [Theory]
    [InlineData("groupby(Sex)")]
    [InlineData("groupby((Nope))")]
    [InlineData("aggregate(Sex with sum as S)")]
    [InlineData("aggregate(Region with average as A)")]
    [InlineData("aggregate($count as Sex)")]
    [InlineData("aggregate($count as ConfStatus)")]
    [InlineData("filter(Sex eq 5)/aggregate($count as N)")]
    [InlineData("aggregate(Amount with sum as)")]
    [InlineData("frobnicate(Sex)")]
    public async Task Malformed_apply_is_invalid(string apply)
    {
        var act = () => table.RunAsync(apply);
        (await act.Should().ThrowAsync<ODataQueryInvalidException>()).Which.Message.Should().StartWith("$apply");
    }

    [Theory]
    [InlineData("filter(Year eq 2025)/filter(Sex eq 'F')/filter(Months gt 1)/aggregate($count as N)")]
    [InlineData("groupby((Year,Sex,Region))")]
    [InlineData("aggregate($count as N,Amount with sum as S,Amount with max as M)")]
    [InlineData("groupby((Region,Months))")] // A/B × months: more than 3 groups
    public async Task Over_the_limits_is_invalid(string apply)
    {
        var act = () => table.RunAsync(apply, Small);
        await act.Should().ThrowAsync<ODataQueryInvalidException>();
    }

    [Theory]
    [InlineData("compute(Amount mul 2 as D)/aggregate(D with sum as S)")]
    [InlineData("groupby((Sex),aggregate($count as N))/filter(N gt 1)")]
    [InlineData("aggregate($count as N)/aggregate(N with sum as S)")]
    [InlineData("groupby((Sex),topcount(1,Amount))")]
    [InlineData("concat(filter(Year eq 2025),filter(Year eq 2024))")]
    [InlineData("filter(Year eq 2025)")]
    [InlineData("topcount(2,Amount)")]
    [InlineData("identity")]
    public async Task Untranslated_transformations_are_not_supported(string apply)
    {
        var act = () => table.RunAsync(apply);
        (await act.Should().ThrowAsync<ODataQueryNotSupportedException>()).Which.Message.Should().StartWith("$apply");
    }

    [Fact]
    public void Apply_on_a_set_without_disclosure_metadata_is_not_supported()
    {
        var act = () => ApplySqlTranslator.Translate(table.Model, ApplyFactTable.Plain, "aggregate($count as N)", new ApplyLimits());
        act.Should().Throw<ODataQueryNotSupportedException>();
    }

    [Fact]
    public void Literals_are_parameters_and_the_unit_column_is_never_a_result_column()
    {
        var plan = ApplySqlTranslator.Translate(table.Model, ApplyFactTable.Set, "filter(Sex eq 'X'' OR 1=1')/groupby((Sex),aggregate($count as N))", new ApplyLimits());

        plan.Sql.Sql.Should().NotContain("OR 1=1");
        plan.Sql.Parameters.Select(p => p.Value).Should().Contain("X' OR 1=1");
        plan.Columns.Select(c => c.Name).Should().Equal("Sex", "N");
    }
}
