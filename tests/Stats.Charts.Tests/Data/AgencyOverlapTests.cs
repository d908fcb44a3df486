using Stats.Charts.Data;
using Stats.Charts.Tests.Support;
using Stats.Warehouse.Indicators;
using Stats.Warehouse.Sql;

namespace Stats.Charts.Tests.Data;

/// <summary>Q01C (persons by number of agencies) against agg_agency_overlap and Q01B of the same vintage.</summary>
public sealed class AgencyOverlapTests(DemoVintage demo) : IClassFixture<DemoVintage>
{
    [Theory]
    [InlineData(2024)]
    [InlineData(2025)]
    public async Task Persons_per_number_of_agencies_equal_the_overlap_table_and_add_up_to_Q01B(int year)
    {
        var q01c = await IndicatorReader.ReadAsync(demo.Snapshot, new IndicatorRequest("Q01C", ["agency_count"], IndicatorRole.Analyst), CancellationToken.None);
        var q01b = await IndicatorReader.ReadAsync(demo.Snapshot, new IndicatorRequest("Q01B", [], IndicatorRole.Analyst), CancellationToken.None);
        var period = year.ToString(System.Globalization.CultureInfo.InvariantCulture);
        var cells = q01c.Rows.Where(r => r.TimePeriod == period).ToList();

        var expected = new Dictionary<string, double>();
        await using (var command = demo.Snapshot.CreateCommand(
            "SELECT CAST(agency_count AS VARCHAR), CAST(sum(persons) AS DOUBLE) FROM agg_agency_overlap WHERE \"year\" = $year GROUP BY agency_count", ("year", year)))
        await using (var reader = await command.ExecuteReaderAsync())
        {
            while (await reader.ReadAsync())
            {
                expected[reader.GetString(0)] = reader.GetDouble(1);
            }
        }

        expected.Keys.Should().Contain(["1", "2"], "the demo has persons known to one and to several agencies");
        foreach (var cell in cells.Where(c => c.Codes[0] != "_T"))
        {
            cell.Value.Should().Be(expected.GetValueOrDefault(cell.Codes[0]), $"{year} agency_count {cell.Codes[0]}");
        }

        cells.Where(c => c.Codes[0] != "_T").Sum(c => c.Value).Should().Be(cells.Single(c => c.Codes[0] == "_T").Value);
        cells.Single(c => c.Codes[0] == "_T").Value.Should().Be(q01b.Rows.Single(r => r.TimePeriod == period).Value);
        cells.Single(c => c.Codes[0] == "1").Labels[0].Should().Be("1 agency");
        cells.Single(c => c.Codes[0] == "2").Labels[0].Should().Be("2 agencies");
    }

    [Fact]
    public async Task The_agency_overlap_chart_shows_the_public_cells_of_the_reference_year()
    {
        var data = await ChartReader.ReadAsync(demo.Snapshot, demo.Charts.Get("agency-overlap"), DemoVintage.Month, IndicatorRole.Public, CancellationToken.None);
        var q01c = await IndicatorReader.ReadAsync(demo.Snapshot, new IndicatorRequest("Q01C", ["agency_count"], IndicatorRole.Public), CancellationToken.None);
        data.Series.Single().Points.Select(p => (p.Category, p.Value)).Should().Equal(
            q01c.Rows.Where(r => r.TimePeriod == "2025" && r.Codes[0] != "_T").Select(r => (r.Labels[0], r.Value)));
    }
}
