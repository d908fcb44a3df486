using System.Globalization;
using Stats.Warehouse.Tests.Estimation;

namespace Stats.Api.Tests.Portal;

/// <summary>
/// Issue 9: the V09 page and its CSV show each year's estimate with its interval and model next to the known count (V01's
/// published total), never their sum. The police's 16 persons of 2024 (<see cref="PortalWarehouse"/>) are joined by two
/// more agencies' lists:
/// <code>
/// NRM   P01–P06 (also police), N01–N04          → 10
/// NGO1  P01, P02 (police and NRM), P07 (police), N01 (NRM), G01, G02 → 6
/// </code>
/// 22 persons (POL 16, NRM 10, NGO1 6). Independence model: Darroch's N = 28.195 → 28; profile interval 22 … 40.57, whose
/// lower bound is the 22 persons seen, published as V01's total (22 ≥ k = 5) → 22–41.
/// </summary>
public sealed class PortalEstimateTests(PortalEstimateTests.Server server) : IClassFixture<PortalEstimateTests.Server>
{
    public sealed class Server : PortalServer
    {
        internal override async Task PrepareAsync(PortalWarehouse warehouse)
        {
            var date = new DateOnly(2024, 6, 15);
            await warehouse.RegisterAsync("NRM", "SOCIAL", ["P01", "P02", "P03", "P04", "P05", "P06", "N01", "N02", "N03", "N04"], date);
            await warehouse.RegisterAsync("NGO1", "NGO", ["P01", "P02", "P07", "N01", "G01", "G02"], date);
            warehouse.Options.Estimation.Criterion = "fixed";
            warehouse.Options.Estimation.Model = "";
        }
    }

    private static readonly double Total = IndependenceModel.Darroch(22, 16, 10, 6);
    private static readonly (double Lower, double Upper) Interval = IndependenceModel.ProfileInterval(22, 16, 10, 6);

    [Fact]
    public async Task Issue_9_the_V09_page_shows_the_estimate_its_interval_and_model_next_to_the_known_count_and_never_their_sum()
    {
        Math.Round(Total).Should().Be(28);
        Interval.Lower.Should().Be(22);
        var upper = Math.Ceiling(Interval.Upper).ToString(CultureInfo.InvariantCulture);

        var (status, body, _) = await server.GetAsync("/indicators/V09");

        status.Should().Be(200);
        var page = PortalDocument.Parse(body);
        PortalDocument.ValueCell(page.CellRow("2024", "")).Value.Should().Be("28");
        PortalDocument.Flags(page.CellRow("2024", "")).Should().Be("e");
        var section = page.All("section").Single(s => (string?)s.Attribute("id") == "estimate");
        section.Descendants("p").Single().Value.Should().Be("The estimate includes the known victims; never add the two.");
        var row = section.Descendants("tr").Single(r => (string?)r.Attribute("data-year") == "2024");
        var cells = row.Elements("td").ToDictionary(td => (string?)td.Attribute("class") ?? "", td => td.Value);
        cells["num known"].Should().Be("22");
        cells["flags known-flags"].Should().BeEmpty();
        cells["num estimate"].Should().Be("28");
        cells["flags"].Should().Be("e");
        cells["num interval"].Should().Be("22–" + upper);
        cells["model"].Should().Be("independence");
        cells["method"].Should().Be("fixed model; profile likelihood");
        cells["status"].Should().Be("estimated");
        section.Descendants("th").Select(th => th.Value).Should().Contain(["Known count (V01, as published)", "Estimated total", "95 % confidence interval"]);
        page.All("td").Select(td => td.Value).Should().NotContain("50", "the known count (22) and the estimate (28) are never added");
    }

    [Fact]
    public async Task Issue_9_the_public_csv_of_V09_carries_the_interval_model_and_known_count_and_nothing_internal()
    {
        var (status, body, _) = await server.GetAsync("/indicators/V09.csv");

        status.Should().Be(200);
        var lines = body.Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        lines[0].Should().Be("indicator,time_period,value,unit,flags,conf_status,lower,upper,confidence,model,method,status,reason,known_indicator,known_value,known_flags,known_conf_status");
        lines.Should().Equal(lines[0],
            $"V09,2024,28,persons,e,F,22,{Math.Ceiling(Interval.Upper).ToString(CultureInfo.InvariantCulture)},0.95,independence,fixed model; profile likelihood,estimated,,V01,22,,F");
        body.Should().NotContainAny(["observed", "persons\":", "NGO1+NRM"]);

        // Other indicators' CSV keep their columns.
        (await server.GetAsync("/indicators/V04.csv")).Body.Split("\r\n")[0].Should().Be("indicator,time_period,value,unit,flags,conf_status");
    }
}
