using System.Text.Json;

namespace Stats.EndToEnd.Tests.Issue9;

/// <summary>
/// Issue 9 end to end: `stats demo` (seed 42, 2025) publishes the multiple systems estimate as V09, and the served feed
/// shows it next to the known count. The demo's agency-overlap table of 2025, as the issue 9 design documents it:
/// NGO1 70, NRM 123, POL 132, NGO1+NRM 9, NGO1+POL 3, NRM+POL 10, NGO1+NRM+POL 3 — 350 persons seen.
/// </summary>
public sealed class PublishedEstimateFeedTests(Issue4DemoServer server) : IClassFixture<Issue4DemoServer>
{
    private static readonly string[] DemoTable =
        ["NGO1=70", "NRM=123", "NGO1+NRM=9", "POL=132", "NGO1+POL=3", "NRM+POL=10", "NGO1+NRM+POL=3"];

    [Fact]
    public async Task Issue_9_the_feed_publishes_V09_flagged_e_next_to_V01_as_published_and_analysts_get_its_input_table()
    {
        var estimates = await new ODataFeedClient(server.Http).AllRowsAsync("Estimates");
        var estimate = estimates.Single(e => (int)e["Year"]! == 2025);
        estimate.Keys.Should().NotContain(["Observed", "InputTable", "Alternatives", "Hidden", "Aic", "Bic"]);
        ((string)estimate["IndicatorId"]!, (string)estimate["Status"]!, (string)estimate["KnownIndicatorId"]!, (string)estimate["Criterion"]!)
            .Should().Be(("V09", "estimated", "V01", "bic"));
        ((string)estimate["Flags"]!).Should().Contain("e");

        // The known count is V01's published 2025 total, 350 persons: the persons seen on at least one list.
        var v01 = (await new ODataFeedClient(server.Http).AllRowsAsync("Indicator_V01")).Single(c => (string)c["CellKey"]! == "A|2025|");
        ((double?)estimate["KnownValue"]).Should().Be((double?)v01["Value"]).And.Be(350);
        ((string?)estimate["KnownFlags"]).Should().Be((string)v01["Flags"]!);

        // The V09 cell carries the same value; the interval holds it and starts at no fewer than the persons seen.
        var v09 = (await new ODataFeedClient(server.Http).AllRowsAsync("Indicator_V09")).Single(c => (string)c["CellKey"]! == "A|2025|");
        var value = (double)estimate["Value"]!;
        ((double?)v09["Value"]).Should().Be(value);
        value.Should().Be(Math.Round(value)).And.BeGreaterThan(350, "the estimate includes the 350 known victims and the unseen");
        ((double)estimate["Lower"]!).Should().BeInRange(350, value);
        ((double)estimate["Upper"]!).Should().BeGreaterThan(value);

        // Analysts (here an admin key) read the estimate's input: the documented overlap table.
        var population = (await new ODataFeedClient(server.Admin).AllRowsAsync("PopulationEstimates")).Single(p => (int)p["Year"]! == 2025);
        ((long)population["Observed"]!).Should().Be(350);
        using var input = JsonDocument.Parse((string)population["InputTable"]!);
        input.RootElement.GetProperty("cells").EnumerateArray()
            .Select(c => $"{c.GetProperty("combination").GetString()}={c.GetProperty("persons").GetInt64()}").Should().Equal(DemoTable);
        Math.Round((double)population["Total"]!).Should().Be(value);
    }
}
