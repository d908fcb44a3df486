using System.Globalization;
using System.Text.Json;
using Stats.Warehouse.Indicators;
using Stats.Warehouse.Vintages;

namespace Stats.Api.Tests.Portal;

/// <summary>Issue 6: the portal pages over a published hand-counted vintage (see <see cref="PortalWarehouse"/>).</summary>
public sealed class PortalPageTests(PortalServer server) : IClassFixture<PortalServer>
{
    [Fact]
    public async Task Issue_6_home_shows_the_vintage_and_the_hand_counted_totals_as_the_reader_and_the_feed_publish_them()
    {
        var (status, body, response) = await server.GetAsync("/");

        status.Should().Be(200);
        response.Content.Headers.ContentType!.MediaType.Should().Be("text/html");
        response.Headers.GetValues("X-Stats-Vintage").Should().Equal("1");
        var page = PortalDocument.Parse(body);
        page.All("header").Single().Value.Should().Contain("Vintage 1, published 2026-03-02");
        // Hand counts: V04 16, V03 identified 13, V02 presumed 3 (< k: suppressed, ':' with c).
        var expected = new Dictionary<string, string> { ["V04"] = "16", ["V03"] = "13", ["V02"] = ":" };
        foreach (var (id, shown) in expected)
        {
            var row = page.IndicatorRow(id);
            PortalDocument.ValueCell(row).Value.Should().Be(shown, id);
            row.Elements("td").ElementAt(2).Value.Should().Be("2024");
        }

        PortalDocument.Flags(page.IndicatorRow("V02")).Should().Contain("c");
        PortalDocument.ValueCell(page.IndicatorRow("V02")).Attribute("data-value")!.Value.Should().BeEmpty();

        // Every indicator's shown total is the public reader's annual total of its latest year.
        await using var snapshot = await OpenCurrentAsync();
        foreach (var row in page.All("tr").Where(r => r.Attribute("data-indicator") is not null))
        {
            var id = row.Attribute("data-indicator")!.Value;
            var read = await IndicatorReader.ReadAsync(snapshot, new IndicatorRequest(id, [], IndicatorRole.Public), CancellationToken.None);
            var latest = read.Rows.Last();
            PortalDocument.ValueCell(row).Attribute("data-value")!.Value
                .Should().Be(latest.Value?.ToString("R", CultureInfo.InvariantCulture) ?? "", id);
            PortalDocument.Flags(row).Should().Be(latest.Flags, id);
        }

        (await FeedTotalAsync("V04")).Should().Be(16);
        (await FeedTotalAsync("V02")).Should().BeNull();
    }

    [Fact]
    public async Task Issue_6_suppressed_cells_show_a_colon_and_never_the_analyst_value()
    {
        await using var snapshot = await OpenCurrentAsync();
        var analyst = await IndicatorReader.ReadAsync(snapshot, new IndicatorRequest("V04", ["sex"], IndicatorRole.Analyst), CancellationToken.None);
        var published = await IndicatorReader.ReadAsync(snapshot, new IndicatorRequest("V04", ["sex"], IndicatorRole.Public), CancellationToken.None);
        analyst.Rows.Select(r => (r.Codes[0], r.Value)).Should().Contain([("F", 8d), ("M", 6d), ("UNK", 2d), ("_T", 16d)]);
        var suppressed = published.Rows.Where(r => r.Value is null).Select(r => r.Codes[0]).ToList();
        suppressed.Should().Contain("UNK", "2 persons are below k = 5");

        var page = PortalDocument.Parse((await server.GetAsync("/indicators/V04?by=sex")).Body);
        foreach (var row in analyst.Rows)
        {
            var cell = page.CellRow(row.TimePeriod, row.Codes[0]);
            var value = PortalDocument.ValueCell(cell);
            if (suppressed.Contains(row.Codes[0]))
            {
                value.Value.Should().Be(":");
                value.Attribute("data-value")!.Value.Should().BeEmpty();
                PortalDocument.Flags(cell).Should().Contain("c");
                cell.ToString().Should().NotContain("data-value=\"" + row.Value!.Value.ToString(CultureInfo.InvariantCulture) + "\"");
            }
            else
            {
                value.Value.Should().Be(row.Value!.Value.ToString("N0", CultureInfo.InvariantCulture));
            }
        }
    }

    [Theory]
    [InlineData(PortalServer.AnalystKey)]
    [InlineData(PortalServer.AdminKey)]
    public async Task Issue_6_a_key_with_microdata_rights_still_gets_the_public_view(string key)
    {
        foreach (var path in new[] { "/", "/indicators/V04?by=sex", "/indicators/V02", "/indicators/V04.csv?by=sex" })
        {
            var anonymous = await server.GetAsync(path);
            var keyed = await server.GetAsync(path, key);
            keyed.Status.Should().Be(200, path);
            keyed.Body.Should().Be(anonymous.Body, path);
        }

        var unknownKey = await server.GetAsync("/", "stats_not-a-key-00000000000000000000000000000");
        unknownKey.Status.Should().Be(401);
    }

    [Fact]
    public async Task Issue_6_an_unknown_indicator_is_404_and_a_breakdown_not_published_is_400_naming_what_is()
    {
        var unknown = await server.GetAsync("/indicators/Z99");
        unknown.Status.Should().Be(404);
        PortalDocument.Parse(unknown.Body).All("p").Select(p => p.Value).Should().Contain(t => t.Contains("'Z99'") && t.Contains("V04"));

        var colour = await server.GetAsync("/indicators/V04?by=colour");
        colour.Status.Should().Be(400);
        var message = PortalDocument.Parse(colour.Body).All("p").Single(p => (string?)p.Attribute("class") == "error").Value;
        message.Should().Contain("'colour'").And.Contain("sex, age_group, citizenship");

        var monthly = await server.GetAsync("/indicators/V04?by=sex,month");
        monthly.Status.Should().Be(400);
        monthly.Body.Should().Contain("not published by sex per month");

        (await server.GetAsync("/indicators/Z99.csv")).Status.Should().Be(404);
    }

    [Fact]
    public async Task Issue_6_the_csv_download_holds_the_cells_of_the_page()
    {
        var page = PortalDocument.Parse((await server.GetAsync("/indicators/V04?by=sex")).Body);
        var csv = await server.GetAsync("/indicators/V04.csv?by=sex");

        csv.Status.Should().Be(200);
        csv.Response.Content.Headers.ContentType!.MediaType.Should().Be("text/csv");
        csv.Response.Content.Headers.ContentDisposition!.FileName.Should().Contain("V04_sex_year_vintage1.csv");
        var lines = csv.Body.Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        lines[0].Should().Be("indicator,time_period,sex,sex_label,value,unit,flags,conf_status");
        var rows = page.CellRows.ToList();
        lines.Length.Should().Be(rows.Count + 1);
        for (var i = 0; i < rows.Count; i++)
        {
            var fields = lines[i + 1].Split(',');
            fields[1].Should().Be(rows[i].Attribute("data-period")!.Value);
            fields[2].Should().Be(rows[i].Attribute("data-codes")!.Value);
            fields[4].Should().Be(PortalDocument.ValueCell(rows[i]).Attribute("data-value")!.Value);
            fields[6].Should().Be(PortalDocument.Flags(rows[i]));
            fields[7].Should().Be(rows[i].Attribute("data-status")!.Value);
        }

        lines.Should().Contain($"V04,2024,F,{PortalWarehouse.FemaleLabel},8,persons,,F");
    }

    [Fact]
    public async Task Issue_6_markup_in_the_catalogue_is_encoded_and_every_page_is_well_formed()
    {
        foreach (var path in new[] { "/", "/indicators/V04", "/indicators/V04?by=sex", "/indicators/V04?by=quarter", "/indicators/V02?by=sex", "/indicators/Q03", "/indicators/nope" })
        {
            var (_, body, _) = await server.GetAsync(path);
            var page = PortalDocument.Parse(body);
            page.All("meta").Should().Contain(m => (string?)m.Attribute("name") == "viewport" && ((string?)m.Attribute("content") ?? "").Contains("width=device-width"), path);
            page.All("script").Should().BeEmpty(path);
            body.Should().NotContain("<all agencies>").And.NotContain("<F>");
        }

        var home = PortalDocument.Parse((await server.GetAsync("/")).Body);
        home.IndicatorRow("V04").Descendants("a").Single().Value.Should().Be(PortalWarehouse.V04Title);
        var bySex = PortalDocument.Parse((await server.GetAsync("/indicators/V04?by=sex")).Body);
        bySex.All("h1").Single().Value.Should().Be("V04 " + PortalWarehouse.V04Title);
        bySex.CellRow("2024", "F").Elements("td").ElementAt(1).Value.Should().Be(PortalWarehouse.FemaleLabel + " (F)");

        var css = await server.GetAsync("/portal.css");
        css.Status.Should().Be(200);
        css.Response.Content.Headers.ContentType!.MediaType.Should().Be("text/css");
    }

    [Fact]
    public async Task Issue_6_home_shows_each_sources_freshness_as_of_the_publication()
    {
        var page = PortalDocument.Parse((await server.GetAsync("/")).Body);
        string[] Cells(string source) =>
            page.All("tr").Single(r => (string?)r.Attribute("data-source") == source).Elements("td").Select(td => td.Value).ToArray();

        Cells("POL").Should().Equal("POL", "on time", "2026-02-27", "3");
        Cells("border-guard").Should().Equal("border-guard", "never delivered", "–", "–");
        page.All("a").Select(a => (string?)a.Attribute("href")).Should().Contain(["/odata/", "/odata/$metadata", "/indicators/V04"]);
    }

    [Fact]
    public async Task Issue_6_the_pages_odata_link_reads_the_same_cells()
    {
        var page = PortalDocument.Parse((await server.GetAsync("/indicators/V04?by=sex")).Body);
        var link = page.All("a").Single(a => a.Value == "OData").Attribute("href")!.Value;
        var (status, body, _) = await server.GetAsync(link);
        status.Should().Be(200, body);
        using var json = JsonDocument.Parse(body);
        var feed = json.RootElement.GetProperty("value").EnumerateArray()
            .Select(r => (r.GetProperty("TimePeriod").GetString(), r.GetProperty("Sex").GetString(),
                r.GetProperty("Value").ValueKind == JsonValueKind.Null ? "" : r.GetProperty("Value").GetDouble().ToString("R", CultureInfo.InvariantCulture)))
            .ToList();
        var shown = page.CellRows
            .Select(r => (r.Attribute("data-period")!.Value, r.Attribute("data-codes")!.Value, PortalDocument.ValueCell(r).Attribute("data-value")!.Value))
            .ToList();
        feed.Should().BeEquivalentTo(shown);
    }

    private async Task<double?> FeedTotalAsync(string id)
    {
        var filter = "Frequency eq 'A' and Year eq 2024 and Sex eq '_T' and AgeGroup eq '_T' and Citizenship eq '_T' and FormMain eq '_T' "
                     + "and FormAny eq '_T' and Organisation eq '_T' and Region eq '_T' and TraffickingType eq '_T'";
        var (status, body, _) = await server.GetAsync($"/odata/Indicator_{id}?$filter={Uri.EscapeDataString(filter)}&$select=Value");
        status.Should().Be(200, body);
        using var json = JsonDocument.Parse(body);
        var value = json.RootElement.GetProperty("value").EnumerateArray().Single().GetProperty("Value");
        return value.ValueKind == JsonValueKind.Null ? null : value.GetDouble();
    }

    private async Task<DuckDB.NET.Data.DuckDBConnection> OpenCurrentAsync() =>
        await ServedModel.OpenReadOnlyAsync(new VintageStore(server.Warehouse.Options).Current()!.FilePath, CancellationToken.None);
}
