using System.Xml.Linq;
using Stats.Charts.Data;
using Stats.Charts.Definitions;
using Stats.Charts.Rendering;
using Stats.Charts.Tests.Support;
using Stats.Warehouse.Indicators;

namespace Stats.Charts.Tests.Rendering;

public sealed class ChartRenderingTests(DemoVintage demo) : IClassFixture<DemoVintage>
{
    [Theory]
    [MemberData(nameof(ChartFiles.Ids), MemberType = typeof(ChartFiles))]
    public async Task Every_dashboard_chart_renders_to_a_non_blank_png_and_an_svg_that_states_title_and_source(string id)
    {
        var data = await ChartReader.ReadAsync(demo.Snapshot, demo.Charts.Get(id), DemoVintage.Month, IndicatorRole.Public, CancellationToken.None);
        var chart = ChartRenderer.Render(data, 800, 450);

        var pixels = Pixels.Of(chart.Png);
        pixels.Width.Should().Be(800);
        pixels.Height.Should().Be(450);
        pixels.InkShare.Should().BeGreaterThan(0.02, "a chart draws axes, text and data");
        pixels.Colours.Should().BeGreaterThan(8);
        data.Series.SelectMany(s => s.Points).Should().Contain(p => p.Value > 0 || p.IsSuppressed, "the demo data has figures for every chart");
        var analyst = await ChartReader.ReadAsync(demo.Snapshot, demo.Charts.Get(id), DemoVintage.Month, IndicatorRole.Analyst, CancellationToken.None);
        analyst.Series.SelectMany(s => s.Points).Should().Contain(p => p.Value > 0);

        var svg = XDocument.Parse(chart.Svg);
        var text = string.Join("\n", svg.Descendants().Where(e => e.Name.LocalName == "text").Select(e => e.Value));
        text.Should().Contain(data.Title);
        text.Should().Contain($"vintage {data.VintageId} published 2025-12-10");
        text.Should().Contain("Source: ");
        chart.AltText.Should().StartWith(data.Title).And.Contain(data.SourceLine);
    }

    [Fact]
    public async Task Provisional_periods_are_flagged_and_explained()
    {
        // Published 2025-12-10 with a 90-day lag: November 2025 ended less than 90 days before, so it is provisional.
        var data = await ChartReader.ReadAsync(demo.Snapshot, demo.Charts.Get("victims-by-month"), DemoVintage.Month, IndicatorRole.Public, CancellationToken.None);
        var november = data.Series.Single(s => s.Name == "2025").Points.Single(p => p.TimePeriod == "2025-11");
        november.IsProvisional.Should().BeTrue();
        data.Series.Single(s => s.Name == "2024").Points.Should().OnlyContain(p => !p.IsProvisional);
        data.Series.Single(s => s.Name == "2024").IsComparison.Should().BeTrue();
        data.Series.Single(s => s.Name == "2025").Points.Select(p => p.Category).Should().Equal(
            "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov");
        ChartRenderer.Render(data).Svg.Should().Contain("p = provisional");
    }

    [Theory]
    [InlineData(null, ChartKind.Trend)]
    [InlineData("sex", ChartKind.Bar)]
    public async Task The_portal_chart_of_an_indicator_renders_with_the_indicator_title(string? by, ChartKind kind)
    {
        var definition = ChartDefinitions.ForIndicator("V04", by);
        definition.Kind.Should().Be(kind);
        var data = await ChartReader.ReadAsync(demo.Snapshot, definition, DemoVintage.Month, IndicatorRole.Public, CancellationToken.None);
        data.Title.Should().StartWith("Registered victims");
        Pixels.Of(ChartRenderer.Render(data).Png).InkShare.Should().BeGreaterThan(0.02);
        if (by is null)
        {
            data.Series.Single().Points.Select(p => p.TimePeriod).Should().Equal("2021", "2022", "2023", "2024", "2025");
        }
    }

    [Fact]
    public async Task A_portal_chart_the_vintage_does_not_publish_is_a_clear_error()
    {
        var read = () => ChartReader.ReadAsync(demo.Snapshot, ChartDefinitions.ForIndicator("V04", "decision_type"), DemoVintage.Month, IndicatorRole.Public, CancellationToken.None);
        (await read.Should().ThrowAsync<IndicatorRequestException>()).WithMessage("*V04*decision_type*");
        var unknown = () => ChartReader.ReadAsync(demo.Snapshot, ChartDefinitions.ForIndicator("X99", null), DemoVintage.Month, IndicatorRole.Public, CancellationToken.None);
        (await unknown.Should().ThrowAsync<IndicatorRequestException>()).WithMessage("*X99*");
    }
}
