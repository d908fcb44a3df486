using Stats.Charts.Definitions;
using Stats.Core.Indicators;
using Stats.Warehouse.Indicators;
using Stats.Warehouse.Sql;

namespace Stats.Charts.Tests.Definitions;

public sealed class ChartCatalogueTests : IDisposable
{
    private static readonly IndicatorCatalogue Indicators = IndicatorCatalogueFiles.Load(new SqlFiles(Path.Combine(AppContext.BaseDirectory, "sql")));
    private readonly string folder = Directory.CreateTempSubdirectory("stats-chart-defs-").FullName;

    public void Dispose() => Directory.Delete(folder, recursive: true);

    [Fact]
    public void The_shipped_dashboards_hold_every_chart_type_of_the_issue()
    {
        var charts = ChartCatalogue.Load(Path.Combine(AppContext.BaseDirectory, "dashboards"), Indicators).Charts;
        charts.Select(c => c.Kind).Distinct().Should().BeEquivalentTo([ChartKind.Trend, ChartKind.Bar, ChartKind.StackedBar, ChartKind.Funnel]);
        charts.Where(c => c.Kind == ChartKind.Trend).Select(c => c.Frequency).Should().Contain([Frequency.Monthly, Frequency.Annual]);
        charts.Where(c => c.Kind == ChartKind.Bar && c.Indicator == "V04").Select(c => c.Breakdown)
            .Should().Contain(["form_main", "sex", "age_group", "citizenship", "region"]);
        charts.Single(c => c.Kind == ChartKind.Funnel).Indicators.Should().Equal("V04", "J02", "J03", "J05", "J06");
        charts.Should().Contain(c => c.Indicator == "Q01C" && c.Breakdown == "agency_count");
    }

    [Theory]
    [InlineData("""{"id": "x", "title": "T", "kind": "bar", "indicator": "V99", "breakdown": "sex"}""", "x.json: field 'indicator': unknown indicator 'V99'")]
    [InlineData("""{"id": "x", "title": "T", "kind": "bar", "indicator": "V04", "breakdown": "outcome"}""", "x.json: field 'breakdown': V04 does not allow the breakdown 'outcome'")]
    [InlineData("""{"id": "x", "title": "T", "kind": "bar", "indicator": "V04", "breakdown": "trafficking_type", "frequency": "month"}""", "x.json: field 'frequency': 'month' is not allowed")]
    [InlineData("""{"id": "x", "title": "T", "kind": "bar", "indicator": "V04", "breakdown": "sex", "frequency": "quarter"}""", null)]
    [InlineData("""{"id": "x", "title": "T", "kind": "bar", "indicator": "Q01C", "breakdown": "agency_count", "frequency": "quarter"}""", "x.json: field 'frequency': Q01C is not published by agency_count per quarter")]
    [InlineData("""{"id": "x", "title": "T", "kind": "stacked-bar", "indicator": "V04", "breakdown": "form_any"}""", "x.json: field 'breakdown': 'form_any' is not additive")]
    [InlineData("""{"id": "x", "title": "T", "kind": "pie", "indicator": "V04"}""", "x.json: field 'kind': unknown kind 'pie'")]
    [InlineData("""{"id": "x", "kind": "trend", "indicator": "V04"}""", "x.json: field 'title': is missing")]
    [InlineData("""{"id": "x", "title": " ", "kind": "trend", "indicator": "V04"}""", "x.json: field 'title': is missing or empty")]
    [InlineData("""{"id": "y", "title": "T", "kind": "trend", "indicator": "V04"}""", "x.json: field 'id': 'y' must equal the file name")]
    [InlineData("""{"id": "x", "title": "T", "kind": "trend", "indicator": "V04", "colour": "red"}""", "x.json: unknown field 'colour'")]
    [InlineData("""{"id": "x", "title": "T", "kind": "funnel", "indicators": ["V04"]}""", "x.json: field 'indicators': a funnel needs at least two")]
    [InlineData("""{"id": "x", "title": "T", "kind": "trend", "indicator": "V04", "span": 1}""", "x.json: field 'span': must be a whole number")]
    [InlineData("""{"id": "x", "title": "T", "kind": "trend", "indicator": "V04", "breakdown": "sex"}""", "x.json: field 'breakdown': a trend chart shows totals")]
    [InlineData("""{"id": "x", "title": "T", "kind": "trend", "indicator": "V04",""", "x.json: not valid JSON")]
    public void A_bad_definition_names_the_file_the_field_and_the_reason(string json, string? message)
    {
        Directory.CreateDirectory(Path.Combine(folder, "charts"));
        File.WriteAllText(Path.Combine(folder, "charts", "x.json"), json);
        var load = () => ChartCatalogue.Load(folder, Indicators);
        if (message is null)
        {
            load().Charts.Should().ContainSingle().Which.Frequency.Should().Be(Frequency.Quarterly);
        }
        else
        {
            load.Should().Throw<ChartDefinitionException>().Which.Message.Should().StartWith(message);
        }
    }

    [Fact]
    public void An_unknown_chart_id_names_the_known_ones()
    {
        Directory.CreateDirectory(Path.Combine(folder, "charts"));
        File.WriteAllText(Path.Combine(folder, "charts", "a.json"), """{"id": "a", "title": "A", "kind": "trend", "indicator": "V04"}""");
        var catalogue = ChartCatalogue.Load(folder, Indicators);
        catalogue.Invoking(c => c.Get("b")).Should().Throw<ChartDefinitionException>().WithMessage("Unknown chart 'b'. Known charts: a.");
    }

    [Fact]
    public void A_missing_chart_folder_is_named() =>
        FluentActions.Invoking(() => ChartCatalogue.Load(Path.Combine(folder, "nowhere"), Indicators))
            .Should().Throw<ChartDefinitionException>().WithMessage("*nowhere*charts*");
}
