using Stats.Warehouse.OData;
using Stats.Warehouse.Tests.Support;

namespace Stats.Warehouse.Tests.Estimation;

/// <summary>
/// Issue 9: the OData sets of the estimates. k = 50, so V01's totals (34 persons in 2024, 3 in 2023) are suppressed: the
/// public sees the estimate next to a suppressed known count, and nothing in its sets gives the persons seen back.
/// </summary>
public sealed class EstimateSetsTests
{
    private static readonly string[] Internal =
        ["Observed", "Hidden", "Lists", "ListCount", "InputTable", "Alternatives", "Deviance", "Df", "Aic", "Bic", "Message", "Warnings", "Contributors", "Total"];

    [Fact]
    public async Task Issue_9_the_public_gets_the_estimate_with_its_interval_next_to_the_known_count_as_published_and_nothing_internal()
    {
        await using var wh = await EstimateWarehouse.CreateAsync();
        wh.Options.DisclosureK = 50;
        wh.FixModel("");
        await wh.PublishAsync();
        await using var snapshot = await wh.OpenCurrentAsync();

        var sets = await PublishedSets.ReadAsync(snapshot, ODataRole.Public, CancellationToken.None);
        sets.Select(s => s.Name).Should().Contain(["Estimates", "Indicator_V09"]).And.NotContain("PopulationEstimates");
        sets.SelectMany(s => s.Properties.Select(p => p.Name)).Should().NotContain(Internal);

        // Darroch's N = 55.21 → 55; profile interval 39.68 … 85.99 → 39 … 86 (outwards). V01: 34 and 3 persons < k = 50: suppressed.
        (await RowsAsync(snapshot, sets,
            "\"Year\", \"Value\", \"Flags\", \"Lower\", \"Upper\", \"Model\", \"Criterion\", \"IntervalMethod\", \"Status\", \"Reason\", \"KnownIndicatorId\", \"KnownValue\", \"KnownFlags\", \"KnownConfStatus\""))
            .Should().Equal(
                "2023|null||null|null|null|fixed|profile|refused|too_few_lists|V01|null|c|C",
                "2024|55|e|39|86|independence|fixed|profile|estimated|null|V01|null|c|C");

        // No public set holds the overlap table (as JSON) or a fit statistic, in any row.
        foreach (var set in sets)
        {
            var rows = await Query.LinesAsync(snapshot, $"SELECT * FROM {set.Relation} AS s");
            rows.Should().NotContain(r => r.Contains("\"persons\"", StringComparison.Ordinal), set.Name);
        }
    }

    [Fact]
    public async Task Issue_9_analysts_get_the_persons_seen_the_input_table_and_the_alternatives()
    {
        await using var wh = await EstimateWarehouse.CreateAsync();
        wh.Options.DisclosureK = 50;
        await wh.PublishAsync();
        await using var snapshot = await wh.OpenCurrentAsync();

        var sets = await PublishedSets.ReadAsync(snapshot, ODataRole.Analyst, CancellationToken.None);
        (await RowsAsync(snapshot, sets, "\"Year\", \"KnownValue\", \"KnownFlags\", \"KnownConfStatus\"")).Should().Equal("2023|3||C", "2024|34||C");
        var population = sets.Single(s => s.Name == "PopulationEstimates");
        (await Query.LinesAsync(snapshot, $"SELECT \"Year\", \"Observed\", \"Status\", \"Criterion\", json_array_length(\"Alternatives\") > 0, \"InputTable\" LIKE '%\"NRM+POL\"%' FROM {population.Relation} AS s ORDER BY 1"))
            .Should().Equal("2023|3|refused|bic|null|True", "2024|34|estimated|bic|True|True");
    }

    [Fact]
    public async Task Issue_9_a_lower_bound_that_is_the_persons_seen_is_withheld_while_the_known_count_is_suppressed()
    {
        // 22 persons: POL 9, NRM 3, NGO1 2, POL+NRM 4, POL+NGO1 1, NRM+NGO1 1, all three 2; list sizes POL 16, NRM 10, NGO1 6.
        // Independence: Darroch's N = 28.195 → 28; the profile at N = 22 is within the cut-off, so the interval is 22 … 40.57:
        // its lower bound is the 22 persons seen, which k = 50 suppresses in V01.
        await using var wh = await EstimateWarehouse.CreateAsync(
        [
            (["POL"], 9, 2024), (["NRM"], 3, 2024), (["NGO1"], 2, 2024), (["NRM", "POL"], 4, 2024), (["NGO1", "POL"], 1, 2024),
            (["NGO1", "NRM"], 1, 2024), (["NGO1", "NRM", "POL"], 2, 2024),
        ]);
        wh.Options.DisclosureK = 50;
        wh.FixModel("");
        await wh.PublishAsync();
        await using var snapshot = await wh.OpenCurrentAsync();

        var (lower, upper) = IndependenceModel.ProfileInterval(22, 16, 10, 6);
        lower.Should().Be(22);
        Math.Round(IndependenceModel.Darroch(22, 16, 10, 6)).Should().Be(28);
        var sets = await PublishedSets.ReadAsync(snapshot, ODataRole.Public, CancellationToken.None);
        (await RowsAsync(snapshot, sets, "\"Year\", \"Value\", \"Lower\", \"LowerIsKnown\", \"Upper\", \"KnownValue\", \"KnownConfStatus\""))
            .Should().Equal($"2024|28|null|True|{Math.Ceiling(upper)}|null|C");
    }

    private static Task<List<string>> RowsAsync(DuckDB.NET.Data.DuckDBConnection snapshot, IReadOnlyList<FlatEntitySet> sets, string columns) =>
        Query.LinesAsync(snapshot, $"SELECT {columns} FROM {sets.Single(s => s.Name == "Estimates").Relation} AS s ORDER BY \"Year\"");
}
