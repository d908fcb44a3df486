using System.Globalization;
using System.Text.Json;
using Stats.Warehouse.Tests.Support;

namespace Stats.Warehouse.Tests.Estimation;

/// <summary>
/// Issue 9: the publish estimates every year of the overlap table (<see cref="EstimateWarehouse"/>) into
/// est_population_estimate, and V09 and ind_estimate carry it; the expected figures are closed forms, not the estimator's output.
/// </summary>
public sealed class PopulationEstimateTests
{
    [Fact]
    public async Task Issue_9_the_independence_model_gives_the_root_of_Darroch_equation_with_its_profile_interval()
    {
        await using var wh = await EstimateWarehouse.CreateAsync();
        wh.FixModel("");
        await wh.PublishAsync();

        // Darroch: (1 − 18/N)(1 − 15/N)(1 − 12/N) = 1 − 34/N → N = 55.2105; profile interval 39.68 … 85.99.
        var total = IndependenceModel.Darroch(EstimateWarehouse.Observed2024, EstimateWarehouse.ListSizes2024);
        var (lower, upper) = IndependenceModel.ProfileInterval(EstimateWarehouse.Observed2024, EstimateWarehouse.ListSizes2024);
        total.Should().BeApproximately(55.2105, 1e-4);
        lower.Should().BeApproximately(39.676, 1e-3);
        upper.Should().BeApproximately(85.986, 1e-3);

        await using var snapshot = await wh.OpenCurrentAsync();
        var row = (await Query.LinesAsync(snapshot,
            """
            SELECT "year", lists, list_count, observed, status, model, criterion, interval_method, confidence, df, refusal_reason
            FROM est_population_estimate WHERE "year" = 2024
            """)).Single();
        row.Should().Be("2024|NGO1,NRM,POL|3|34|estimated|independence|fixed|profile|0.95|3|null", "7 observed cells − 4 parameters = 3 df");
        var (estTotal, estHidden, estLower, estUpper) = await NumbersAsync(snapshot, "SELECT total, hidden, lower, upper FROM est_population_estimate WHERE \"year\" = 2024");
        estTotal.Should().BeApproximately(total, 1e-6 * total);
        estHidden.Should().BeApproximately(total - 34, 1e-6 * total);
        estLower.Should().BeApproximately(lower, 1e-3);
        estUpper.Should().BeApproximately(upper, 1e-3);

        // The input table is stored with the estimate: every combination, as constructed.
        var input = JsonDocument.Parse((await Query.LinesAsync(snapshot, "SELECT input_table FROM est_population_estimate WHERE \"year\" = 2024")).Single()).RootElement;
        input.GetProperty("lists").EnumerateArray().Select(l => l.GetString()).Should().Equal("NGO1", "NRM", "POL");
        input.GetProperty("cells").EnumerateArray().Select(c => $"{c.GetProperty("combination").GetString()}={c.GetProperty("persons").GetInt64()}")
            .Should().Equal("NGO1=10", "NRM=8", "NGO1+NRM=4", "POL=6", "NGO1+POL=3", "NRM+POL=2", "NGO1+NRM+POL=1");

        // V09: obs_value the total rounded (55), raw_value the total, flag e, nothing confidential; 2023 refused: no value, no e.
        (await Query.LinesAsync(snapshot,
            "SELECT time_period, obs_value, obs_flag, analyst_flag, conf_status, estimated FROM ind_cell WHERE indicator_id = 'V09' ORDER BY 1"))
            .Should().Equal("2023|null|||F|False", "2024|55|e|e|F|True");
        (await NumbersAsync(snapshot, "SELECT raw_value, 0, 0, 0 FROM ind_cell WHERE indicator_id = 'V09' AND \"year\" = 2024")).Item1
            .Should().BeApproximately(total, 1e-6 * total);

        // ind_estimate: the interval rounded outwards, the known count's indicator, the refusal with its public text.
        (await Query.LinesAsync(snapshot,
            """
            SELECT "year", value, lower, upper, confidence, model, criterion, interval_method, status, reason, known_indicator_id
            FROM ind_estimate WHERE indicator_id = 'V09' ORDER BY 1
            """))
            .Should().Equal(
                "2023|null|null|null|0.95|null|fixed|profile|refused|too_few_lists|V01",
                string.Create(CultureInfo.InvariantCulture, $"2024|55|{Math.Floor(lower)}|{Math.Ceiling(upper)}|0.95|independence|fixed|profile|estimated|null|V01"));
        (await Query.LinesAsync(snapshot, "SELECT reason_text FROM ind_estimate WHERE \"year\" = 2023")).Single()
            .Should().StartWith("Fewer than three agencies");
    }

    [Fact]
    public async Task Issue_9_a_fixed_interaction_of_two_lists_gives_the_Lincoln_Petersen_estimate_of_the_third_against_both()
    {
        await using var wh = await EstimateWarehouse.CreateAsync();
        wh.FixModel("NGO1*NRM");
        await wh.PublishAsync();

        // POL independent of (NGO1, NRM): persons on NGO1 or NRM are 22 off POL (10 + 8 + 4) and 6 on it (3 + 2 + 1), so the
        // 6 seen on POL alone stand for 6 × 22 / 6 = 22 seen on none: N = 34 + 22 = 56.
        await using var snapshot = await wh.OpenCurrentAsync();
        (await Query.LinesAsync(snapshot, "SELECT model, criterion, df FROM est_population_estimate WHERE \"year\" = 2024")).Should().Equal("NGO1*NRM|fixed|2");
        var (total, hidden, _, _) = await NumbersAsync(snapshot, "SELECT total, hidden, 0, 0 FROM est_population_estimate WHERE \"year\" = 2024");
        total.Should().BeApproximately(56, 1e-6);
        hidden.Should().BeApproximately(22, 1e-6);
        (await Query.LinesAsync(snapshot, "SELECT obs_value, obs_flag FROM ind_cell WHERE indicator_id = 'V09' AND \"year\" = 2024")).Should().Equal("56|e");
    }

    [Fact]
    public async Task Issue_9_a_year_with_two_agencies_is_refused_and_the_publish_still_succeeds()
    {
        await using var wh = await EstimateWarehouse.CreateAsync();
        var result = await wh.PublishAsync();

        result.Published.Should().BeTrue();
        result.Indicators!.Cubes.Single(c => c.Id == "V09").Cells.Should().Be(2);
        await using var snapshot = await wh.OpenCurrentAsync();
        (await Query.LinesAsync(snapshot,
            "SELECT lists, observed, status, refusal_reason, total, lower, upper, model, deviance FROM est_population_estimate WHERE \"year\" = 2023"))
            .Should().Equal("NRM,POL|3|refused|too_few_lists|null|null|null|null|null");
        (await Query.LinesAsync(snapshot, "SELECT message FROM est_population_estimate WHERE \"year\" = 2023")).Single()
            .Should().Contain("2 lists (NRM, POL)").And.Contain("at least 3");

        // Missing, not zero: the cell exists without a value.
        (await Query.LinesAsync(snapshot, "SELECT raw_value, obs_value, conf_status, contributors FROM ind_cell WHERE indicator_id = 'V09' AND \"year\" = 2023"))
            .Should().Equal("null|null|F|3");

        // Default method (stepwise BIC, profile interval): an estimate for 2024 whose alternatives are stored with their fits.
        (await Query.LinesAsync(snapshot, "SELECT status, criterion, interval_method, json_array_length(alternatives) > 0 FROM est_population_estimate WHERE \"year\" = 2024"))
            .Should().Equal("estimated|bic|profile|True");
        var (total, hidden, lower, upper) = await NumbersAsync(snapshot, "SELECT total, hidden, lower, upper FROM est_population_estimate WHERE \"year\" = 2024");
        total.Should().BeApproximately(34 + hidden, 1e-9);
        lower.Should().BeInRange(34, total);
        upper.Should().BeGreaterThan(total);
    }

    private static async Task<(double, double, double, double)> NumbersAsync(DuckDB.NET.Data.DuckDBConnection snapshot, string sql)
    {
        var parts = (await Query.LinesAsync(snapshot, sql)).Single().Split('|').Select(p => double.Parse(p, CultureInfo.InvariantCulture)).ToArray();
        return (parts[0], parts[1], parts[2], parts[3]);
    }
}
