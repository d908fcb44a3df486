using System.Globalization;
using System.Net;
using Stats.Etl.Synthetic;
using Stats.EndToEnd.Tests.Issue7;
using Xunit.Abstractions;

namespace Stats.EndToEnd.Tests.Issue8;

/// <summary>
/// Indicators fed by aggregate returns, as the OData feed serves them from the shared published warehouse of the
/// export tests (demo 2025 seed 42 + generated 2024 seed 7, vintage 2): V08 from the identification authority's
/// quarterly wide table, J05 by form from the court registry's yearly table (J05's other tables stay microdata). Every
/// expected figure is the generator's ground truth, counted from its persons and decisions.
/// </summary>
[Collection(Issue7Collection.Name)]
public sealed class AggregateFeedTests(Issue7Warehouse warehouse, ITestOutputHelper output)
{
    private static readonly int[] Years = [2024, 2025];

    [Fact]
    public async Task Issue_8_V08_analyst_cells_equal_the_decisions_counted_by_the_generator_for_every_quarter_age_group_and_outcome()
    {
        var cells = (await warehouse.ODataCellsAsync("V08", "analyst")).Values.ToList();
        var compared = 0;
        foreach (var year in Years)
        {
            var truth = Truth(year);
            foreach (var expected in truth.IdentificationDecisions)
            {
                var period = expected.Freq == "A" ? $"{year}" : $"{year}-Q{expected.Period}";
                var cell = cells.Single(c => (string)c["Frequency"]! == expected.Freq && (string)c["TimePeriod"]! == period
                    && (string)c["AgeGroup"]! == expected.AgeGroup && (string)c["IdOutcome"]! == expected.Outcome);
                Convert.ToDouble(cell["Value"], CultureInfo.InvariantCulture).Should().Be(expected.Decisions, $"{period} {expected.AgeGroup} {expected.Outcome}");
                compared++;
            }
        }

        output.WriteLine($"V08: {compared} analyst cells equal to the ground truth ({cells.Count} cells in the cube)");
        compared.Should().BeGreaterThanOrEqualTo(100);
    }

    [Fact]
    public async Task Issue_8_V08_public_cells_are_protected_like_cells_built_from_records()
    {
        var k = 5;
        var cells = (await warehouse.ODataCellsAsync("V08", "public")).Values.ToList();
        var small = cells.Where(c => c["Value"] is { } v && Convert.ToDouble(v, CultureInfo.InvariantCulture) is > 0 and < 5).ToList();
        small.Should().BeEmpty($"no published V08 cell may hold 1 … {k - 1} decisions");
        var suppressed = cells.Count(c => c["Value"] is null);
        var analyst = await warehouse.ODataCellsAsync("V08", "analyst");
        var primaries = analyst.Values.Count(c => Convert.ToDouble(c["Value"], CultureInfo.InvariantCulture) is > 0 and < 5);
        output.WriteLine($"V08 public: {cells.Count} cells, {suppressed} suppressed; analyst cells with 1–4 decisions: {primaries}");
        primaries.Should().BeGreaterThan(0, "the synthetic tables hold small cells, so the rule has something to do");
        cells.Where(c => c["Value"] is null).Should().OnlyContain(c => (string)c["ConfStatus"]! == "C" || (string)c["ConfStatus"]! == "D");
        cells.Where(c => (string)c["ConfStatus"]! == "C").Should().HaveCount(primaries);
    }

    [Fact]
    public async Task Issue_8_J05_by_form_comes_from_the_court_registry_with_cells_suppressed_at_source_and_forms_it_does_not_state_not_available()
    {
        var cells = (await warehouse.ODataCellsAsync("J05", "analyst")).Values.ToList();
        var checkedForms = 0;
        foreach (var year in Years)
        {
            var truth = Truth(year);
            var byForm = cells.Where(c => (string)c["Frequency"]! == "A" && (string)c["TimePeriod"]! == $"{year}"
                && (string)c["FormMain"]! != "_T" && (string)c["Sex"]! == "_T" && (string)c["AgeGroup"]! == "_T").ToList();
            byForm.Should().NotBeEmpty();
            foreach (var cell in byForm)
            {
                var form = (string)cell["FormMain"]!;
                if (truth.RegistryConvictedByMainForm.TryGetValue(form, out var expected) && expected is { } persons)
                {
                    Convert.ToDouble(cell["Value"], CultureInfo.InvariantCulture).Should().Be(persons, $"{year} {form}");
                }
                else if (truth.RegistryConvictedByMainForm.ContainsKey(form))
                {
                    // Published "<5" by the registry: no value, even for analysts, and confidential.
                    (cell["Value"], cell["ConfStatus"], ((string)cell["Flags"]!).Contains('c', StringComparison.Ordinal)).Should().Be((null, "C", true), $"{year} {form}");
                }
                else
                {
                    // No registry category has this main form: not available (':'), not zero and not confidential.
                    (cell["Value"], cell["ConfStatus"], ((string)cell["Flags"]!).Contains('c', StringComparison.Ordinal)).Should().Be((null, "F", false), $"{year} {form}");
                }

                checkedForms++;
            }

            // J05's total stays microdata, counted from the court decisions.
            var total = cells.Single(c => (string)c["Frequency"]! == "A" && (string)c["TimePeriod"]! == $"{year}" && ((string)c["CellKey"]!).EndsWith('|'));
            Convert.ToDouble(total["Value"], CultureInfo.InvariantCulture).Should().Be(truth.Justice.ConvictedPersons);
        }

        output.WriteLine($"J05 by form from the court registry: {checkedForms} cells checked over {Years.Length} years");
    }

    [Fact]
    public async Task Issue_8_findings_of_the_revised_registry_table_are_served_to_analysts_only()
    {
        var rows = await ReadSetAsync(warehouse.Analyst, "AggregateFindings");
        foreach (var year in Years)
        {
            var expected = Truth(year).Deliveries.Single(d => d.File.Contains("court_registry_convictions", StringComparison.Ordinal) && d.File.Contains("revised", StringComparison.Ordinal)).Findings;
            var found = rows.Where(r => (string)r["ContractId"]! == "court-registry-convictions" && Convert.ToInt32(r["Year"], CultureInfo.InvariantCulture) == year)
                .GroupBy(r => (string)r["Check"]!).ToDictionary(g => g.Key, g => g.Count());
            found.Should().BeEquivalentTo(expected, $"{year}");
            rows.Where(r => Convert.ToInt32(r["Year"], CultureInfo.InvariantCulture) == year).Should().OnlyContain(r => (bool)r["IsCurrent"]!);
        }

        output.WriteLine($"AggregateFindings: {rows.Count} findings");
        using var response = await warehouse.Public.GetAsync(new Uri("AggregateFindings", UriKind.Relative));
        response.StatusCode.Should().Be(HttpStatusCode.Unauthorized, "stated cells and findings may hold counts below k: analysts only, as the fact sets");
    }

    [Fact]
    public async Task Issue_8_refused_returns_leave_nothing_behind_and_the_cells_in_force_are_those_of_the_latest_delivery()
    {
        var cells = await ReadSetAsync(warehouse.Analyst, "AggregateCells");
        cells.Should().NotContain(c => Convert.ToInt32(c["Year"], CultureInfo.InvariantCulture) == 1990, "the 1990 table was refused (period_out_of_range)");
        foreach (var year in Years)
        {
            var truth = Truth(year);
            var decisions = cells.Where(c => (string)c["ContractId"]! == "idauthority-decisions" && Convert.ToInt32(c["Year"], CultureInfo.InvariantCulture) == year).ToList();
            decisions.Should().HaveCount(truth.Deliveries.Single(d => d.File == $"clean/identification_decisions_{year}.csv").RowsLoaded);
            decisions.Should().NotContain(c => c["Value"] == null, "the bad-count table was refused whole: no cell of it is missing or half-loaded");
            var registry = cells.Where(c => (string)c["ContractId"]! == "court-registry-convictions" && Convert.ToInt32(c["Year"], CultureInfo.InvariantCulture) == year).ToList();
            var revised = truth.Deliveries.Single(d => d.File == $"dirty/court_registry_convictions_{year}_revised.xlsx");
            registry.Should().HaveCount(revised.RowsLoaded);
            registry.Count(c => (string)c["Status"]! == "censored").Should().Be(revised.CensoredCells);
        }

        output.WriteLine($"AggregateCells: {cells.Count} stated cells in force");
    }

    [Fact]
    public async Task Issue_8_the_portal_shows_V08_like_any_indicator_with_its_chart_and_public_table()
    {
        var site = new Uri(warehouse.ODataRoot, "/");
        using var client = new HttpClient { BaseAddress = site };
        var page = await client.GetStringAsync(new Uri("indicators/V08?by=id_outcome", UriKind.Relative));
        page.Should().Contain("Identification decisions").And.Contain("<figure class=\"chart\"").And.Contain("<svg");

        // The page's CSV is the public cube: V08 2025 by outcome, value for value as the OData feed serves it.
        var csv = (await client.GetStringAsync(new Uri("indicators/V08.csv?by=id_outcome", UriKind.Relative))).Split('\n');
        var cells = (await warehouse.ODataCellsAsync("V08", "public")).Values;
        foreach (var outcome in new[] { "POSITIVE", "NEGATIVE" })
        {
            var cell = cells.Single(c => (string)c["Frequency"]! == "A" && (string)c["TimePeriod"]! == "2025"
                && (string)c["IdOutcome"]! == outcome && (string)c["AgeGroup"]! == "_T");
            var value = cell["Value"] is { } v ? Convert.ToDouble(v, CultureInfo.InvariantCulture).ToString(CultureInfo.InvariantCulture) : "";
            csv.Should().Contain(l => l.StartsWith("V08,2025,", StringComparison.Ordinal) && l.Contains(outcome, StringComparison.Ordinal) && l.Contains($",{value},", StringComparison.Ordinal),
                $"the portal CSV row of 2025 {outcome} carries the public value '{value}'");
        }
    }

    private GroundTruth Truth(int year) =>
        GroundTruth.Read(Path.Combine(warehouse.DataPath, "deliveries", year.ToString(CultureInfo.InvariantCulture), "ground-truth.json"));

    private static Task<List<Dictionary<string, object?>>> ReadSetAsync(HttpClient client, string set) => new ODataFeedClient(client).AllRowsAsync(set);
}
