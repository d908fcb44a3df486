using Stats.Charts.Definitions;
using Stats.Charts.Packs;
using Stats.Charts.Tests.Support;
using Stats.Core.Indicators;
using Stats.Warehouse.Indicators;
using Stats.Warehouse.Sql;

namespace Stats.Charts.Tests.Packs;

/// <summary>Pack definitions are checked against the charts and indicators before anything is rendered or sent.</summary>
public sealed class PackCatalogueTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("stats-packs-").FullName;
    private readonly IndicatorCatalogue _indicators = IndicatorCatalogueFiles.Load(new SqlFiles(Path.Combine(AppContext.BaseDirectory, "sql")));
    private readonly ChartCatalogue _charts;

    public PackCatalogueTests()
    {
        _charts = ChartCatalogue.Load(DemoVintage.DashboardsFolder, _indicators);
        Directory.CreateDirectory(Path.Combine(_folder, "packs"));
    }

    [Fact]
    public void Issue_6_the_shipped_ministry_pack_loads()
    {
        var pack = PackCatalogue.Load(DemoVintage.DashboardsFolder, _charts, _indicators).Get("ministry");
        pack.Charts.Should().Contain(["justice-funnel", "agency-overlap", "victims-by-month"]);
        pack.Headline.Should().StartWith("V04");
    }

    [Theory]
    [InlineData("""{"id":"m","title":"T","headline":["Z99"],"charts":["justice-funnel"]}""", "m.json: headline names the unknown indicator 'Z99'. Known: ")]
    [InlineData("""{"id":"m","title":"T","headline":["V05"],"charts":["justice-funnel"]}""", "m.json: headline indicator 'V05' is not published per month")]
    [InlineData("""{"id":"m","title":"T","headline":["V04"],"charts":["pie-of-everything"]}""", "m.json: charts names the unknown chart 'pie-of-everything'. Charts in dashboards/charts: ")]
    [InlineData("""{"id":"m","headline":["V04"],"charts":["justice-funnel"]}""", "m.json: 'title' is required")]
    [InlineData("""{"id":"m","title":"T","headline":[],"charts":["justice-funnel"]}""", "m.json: 'headline' is required and must be a non-empty list")]
    [InlineData("""{"id":"m","title":"T","headline":["V04"],"charts":["justice-funnel"],"moves":-1}""", "m.json: moves must be a whole number from 0 to 50.")]
    [InlineData("""{"id":"m", "title": """, "m.json: not valid JSON")]
    public void Issue_6_a_bad_pack_definition_names_the_file_field_and_reason(string json, string message)
    {
        File.WriteAllText(Path.Combine(_folder, "packs", "m.json"), json);
        var act = () => PackCatalogue.Load(_folder, _charts, _indicators);
        act.Should().Throw<PackException>().Which.Message.Should().StartWith(message);
    }

    [Fact]
    public void Issue_6_an_unknown_pack_id_lists_the_known_ones()
    {
        var act = () => PackCatalogue.Load(DemoVintage.DashboardsFolder, _charts, _indicators).Get("cabinet");
        act.Should().Throw<PackException>().WithMessage("No pack 'cabinet'. Packs in dashboards/packs: ministry.");
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);
}
