using System.Xml.Linq;
using Stats.Charts.Data;
using Stats.Charts.Definitions;
using Stats.Charts.Rendering;
using Stats.Charts.Tests.Support;
using Stats.Warehouse.Indicators;

namespace Stats.Charts.Tests.Data;

/// <summary>Suppressed cells are shown as suppressed to the public and never leak into a public chart.</summary>
public sealed class SuppressionTests(DemoVintage demo) : IClassFixture<DemoVintage>
{
    [Fact]
    public async Task Suppressed_cells_have_no_value_and_flag_c_for_the_public_while_the_analyst_sees_them()
    {
        var suppressed = 0;
        foreach (var chart in demo.Charts.Charts)
        {
            var pub = await ReadAsync(chart, IndicatorRole.Public);
            var analyst = await ReadAsync(chart, IndicatorRole.Analyst);
            var analystPoints = analyst.Series.Where(s => !s.IsSuppressedRemainder)
                .SelectMany(s => s.Points.Select(p => (Key: (s.Name, p.TimePeriod, p.Category), Point: p)))
                .ToDictionary(x => x.Key, x => x.Point);
            foreach (var series in pub.Series.Where(s => !s.IsSuppressedRemainder))
            {
                foreach (var p in series.Points.Where(p => p.ConfStatus is "C" or "D"))
                {
                    suppressed++;
                    p.Value.Should().BeNull($"{chart.Id} {p.TimePeriod} {p.Category} is suppressed");
                    p.Flags.Should().Contain("c");
                    var seen = analystPoints[(series.Name, p.TimePeriod, p.Category)];
                    seen.Value.Should().NotBeNull();
                    seen.Flags.Should().NotContain("c");
                }
            }

            // Every suppressed point of a bar, funnel or trend chart is drawn as the mark "c", never as a bar or point.
            if (chart.Kind != ChartKind.StackedBar)
            {
                var marks = Texts(ChartRenderer.Render(pub).Svg).Count(t => t == "c");
                marks.Should().Be(pub.Series.Sum(s => s.Points.Count(p => p.IsSuppressed)), chart.Id);
            }
        }

        suppressed.Should().BePositive("the demo vintage has suppressed cells in the charts, or this test proves nothing");
    }

    [Fact]
    public async Task A_partly_suppressed_stack_draws_one_grey_remainder_that_the_published_figures_imply()
    {
        var data = await ReadAsync(demo.Charts.Get("victims-by-sex-per-quarter"), IndicatorRole.Public);
        var totals = data.Series.Single(s => s.Name == "Total").Points.ToDictionary(p => p.TimePeriod);
        var segments = data.Series.Where(s => s.Name != "Total" && !s.IsSuppressedRemainder).SelectMany(s => s.Points).ToList();
        var remainder = data.Series.SingleOrDefault(s => s.IsSuppressedRemainder)?.Points ?? [];
        foreach (var period in data.Categories)
        {
            var cells = segments.Where(p => p.TimePeriod == period).ToList();
            var rest = remainder.SingleOrDefault(p => p.TimePeriod == period);
            if (cells.Any(p => p.IsSuppressed) && totals[period].Value is { } total)
            {
                rest!.Value.Should().Be(total - cells.Sum(p => p.Value ?? 0));
                cells.Count(p => p.IsSuppressed).Should().NotBe(1, "secondary suppression never leaves one suppressed cell in an additive row");
            }
            else
            {
                rest.Should().BeNull();
            }
        }
    }

    [Fact]
    public async Task Public_charts_are_identical_when_the_raw_values_of_suppressed_cells_change_and_analyst_charts_are_not()
    {
        var (pubOriginal, pubTampered) = (await RenderAllAsync(demo.Snapshot, IndicatorRole.Public), await RenderAllAsync(demo.Tampered, IndicatorRole.Public));
        for (var i = 0; i < pubOriginal.Count; i++)
        {
            var (a, b) = (pubOriginal[i], pubTampered[i]);
            b.Png.Should().Equal(a.Png, a.Id);
            b.Svg.Should().Be(a.Svg, a.Id);
            b.AltText.Should().Be(a.AltText, a.Id);
        }

        Csv(pubTampered).Should().Be(Csv(pubOriginal));

        var (anOriginal, anTampered) = (await RenderAllAsync(demo.Snapshot, IndicatorRole.Analyst), await RenderAllAsync(demo.Tampered, IndicatorRole.Analyst));
        Csv(anTampered).Should().NotBe(Csv(anOriginal), "the analyst sees raw values, so the check can fail");
        anOriginal.Zip(anTampered).Should().Contain(p => !p.First.Png.SequenceEqual(p.Second.Png));
        anOriginal.Zip(anTampered).Should().Contain(p => p.First.AltText != p.Second.AltText);
    }

    private async Task<List<RenderedChart>> RenderAllAsync(DuckDB.NET.Data.DuckDBConnection snapshot, IndicatorRole role)
    {
        var rendered = new List<RenderedChart>();
        foreach (var chart in demo.Charts.Charts)
        {
            rendered.Add(ChartRenderer.Render(await ChartReader.ReadAsync(snapshot, chart, DemoVintage.Month, role, CancellationToken.None), 640, 400));
        }

        return rendered;
    }

    private static string Csv(IEnumerable<RenderedChart> charts)
    {
        using var writer = new StringWriter();
        ChartDataCsv.Write(charts.Select(c => c.Data), writer);
        return writer.ToString();
    }

    private static List<string> Texts(string svg) =>
        XDocument.Parse(svg).Descendants().Where(e => e.Name.LocalName == "text").Select(e => e.Value.Trim()).ToList();

    private Task<ChartData> ReadAsync(ChartDefinition chart, IndicatorRole role) =>
        ChartReader.ReadAsync(demo.Snapshot, chart, DemoVintage.Month, role, CancellationToken.None);
}
