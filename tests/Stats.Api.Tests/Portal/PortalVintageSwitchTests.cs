using Stats.Api.Portal;

namespace Stats.Api.Tests.Portal;

/// <summary>Issue 6: a publish switches the portal to the new vintage at the next request; charts are embedded when registered.</summary>
public sealed class PortalVintageSwitchTests(PortalVintageSwitchTests.Server server) : IClassFixture<PortalVintageSwitchTests.Server>
{
    /// <summary>Its own warehouse (the test publishes into it) with charts registered.</summary>
    public sealed class Server : PortalServer
    {
        internal override IPortalCharts? Charts { get; } = new PortalCountingCharts();
    }

    [Fact]
    public async Task Issue_6_a_publish_shows_the_new_vintage_at_the_next_request_and_charts_are_embedded()
    {
        var before = PortalDocument.Parse((await server.GetAsync("/")).Body);
        before.All("header").Single().Value.Should().Contain("Vintage 1, published 2026-03-02");
        PortalDocument.ValueCell(before.IndicatorRow("V04")).Value.Should().Be("16");
        (await server.GetAsync("/indicators/V04")).Body.Should().Contain("data-value=\"16\"");

        var figure = before.All("figure").Single();
        figure.Element("figcaption")!.Value.Should().Be("Published cells");
        var image = figure.Elements().Single(e => (string?)e.Attribute("role") == "img");
        image.Attribute("aria-label")!.Value.Should().Be("Published cells <alt> & text");
        image.Elements().Single().Name.LocalName.Should().Be("svg");

        await server.Warehouse.AddWomanAsync(PortalWarehouse.FirstPublication.AddDays(1));
        (await server.Warehouse.PublishAsync(PortalWarehouse.FirstPublication.AddDays(2))).Should().Be(2);

        var (_, body, response) = await server.GetAsync("/");
        response.Headers.GetValues("X-Stats-Vintage").Should().Equal("2");
        var after = PortalDocument.Parse(body);
        after.All("header").Single().Value.Should().Contain("Vintage 2, published 2026-03-04");
        PortalDocument.ValueCell(after.IndicatorRow("V04")).Value.Should().Be("17");
        PortalDocument.Flags(after.IndicatorRow("V04")).Should().Contain("r", "16 was published before");
        var page = PortalDocument.Parse((await server.GetAsync("/indicators/V04?by=sex")).Body);
        PortalDocument.ValueCell(page.CellRow("2024", "F")).Value.Should().Be("9");
        page.All("figcaption").Single().Value.Should().Be("V04 by sex");
    }
}
