using Stats.Etl.Synthetic;

namespace Stats.EndToEnd.Tests;

/// <summary>Issue 2: generate → intake → publish, every published figure against the generator's ground truth.</summary>
public sealed class Issue2DemoTests
{
    [Fact]
    public async Task Issue_2_demo_publishes_figures_equal_to_the_generators_ground_truth()
    {
        using var data = new TempDataFolder();

        var run = await CliRun.RunAsync("demo", "--no-serve", "--data", data.Path, "--year", "2025", "--seed", "42");

        run.ExitCode.Should().Be(0, run.Output + run.Error);
        run.Output.Should().Contain("Every figure equals the generator's ground truth.");
        var truth = GroundTruth.Read(Path.Combine(data.Deliveries(2025), "ground-truth.json"));
        await using var snapshot = await SnapshotQueries.OpenCurrentAsync(data.Path);

        var registrations = await snapshot.CountsAsync(
            """
            SELECT o.organisation_code, count(*) FROM fct_victim_registration r
            JOIN dim_organisation o USING (organisation_key) JOIN dim_date d USING (date_key)
            WHERE d.year = 2025 GROUP BY ALL
            """);
        registrations.Should().BeEquivalentTo(truth.Registrations.ToDictionary(kv => kv.Key, kv => (long)kv.Value));

        var byStatus = await snapshot.CountsAsync(
            "SELECT highest_status_code, count(DISTINCT person_key) FROM fct_victim_person_year WHERE year = 2025 GROUP BY ALL");
        byStatus.Should().BeEquivalentTo(truth.PersonsByHighestStatus.ToDictionary(kv => kv.Key, kv => (long)kv.Value));
        byStatus.Values.Sum().Should().Be(truth.DistinctPersons);
        (registrations.Values.Sum() - byStatus.Values.Sum()).Should().Be(truth.DuplicateRegistrations);

        var overlap = await snapshot.CountsAsync("SELECT agencies, persons FROM agg_agency_overlap WHERE year = 2025");
        overlap.Should().BeEquivalentTo(truth.Overlap.ToDictionary(o => string.Join('+', o.Agencies), o => (long)o.Persons));

        var justice = await snapshot.CountsAsync(
            """
            SELECT stage_code, count(DISTINCT person_key) FROM fct_justice_person_stage j JOIN dim_date d USING (date_key)
            WHERE d.year = 2025 GROUP BY ALL
            """);
        justice.Should().BeEquivalentTo(new Dictionary<string, long>
        {
            ["PER_SUSP"] = truth.Justice.SuspectedPersons,
            ["PER_PRSC"] = truth.Justice.ProsecutedPersons,
            ["PER_CNV"] = truth.Justice.ConvictedPersons,
            ["PER_CNV_FIN"] = truth.Justice.FinalConvictedPersons,
            ["PER_ACQ"] = truth.Justice.AcquittedPersons,
        });

        var bySex = await snapshot.CountsAsync(
            "SELECT sex_code, count(*) FROM fct_victim_person_year WHERE year = 2025 AND highest_status_code IN ('IDENT', 'PRES') GROUP BY ALL");
        bySex.Should().BeEquivalentTo(truth.RegisteredVictimsBySex.ToDictionary(kv => kv.Key, kv => (long)kv.Value));

        (await snapshot.ScalarAsync("SELECT count(*) FROM fct_assistance_episode")).Should().Be(truth.AssistanceEpisodes);
        (await snapshot.ScalarAsync("SELECT count(*) FROM fct_immigration_decision")).Should().Be(truth.ImmigrationDecisions);
    }

    [Fact]
    public async Task Issue_2_running_the_demo_twice_gives_the_same_figures_and_loads_nothing_twice()
    {
        using var data = new TempDataFolder();
        var first = await CliRun.RunAsync("demo", "--no-serve", "--data", data.Path);
        first.ExitCode.Should().Be(0, first.Output + first.Error);
        var before = await FiguresAsync(data.Path);

        var second = await CliRun.RunAsync("demo", "--no-serve", "--data", data.Path);

        second.ExitCode.Should().Be(0, second.Output + second.Error);
        second.Output.Should().Contain("Vintage 2");
        second.Output.Should().NotContain("loaded, rows quarantined", "the second run finds every delivery already loaded");
        (await FiguresAsync(data.Path)).Should().BeEquivalentTo(before);
    }

    private static async Task<Dictionary<string, long>> FiguresAsync(string dataFolder)
    {
        await using var snapshot = await SnapshotQueries.OpenCurrentAsync(dataFolder);
        return await snapshot.CountsAsync(
            """
            SELECT 'registrations', count(*) FROM fct_victim_registration
            UNION ALL SELECT 'persons', count(*) FROM fct_victim_person_year
            UNION ALL SELECT 'batches', count(*) FROM meta_load_batch
            UNION ALL SELECT 'justice', count(*) FROM fct_justice_person_stage
            UNION ALL SELECT 'forms', count(*) FROM brg_person_year_form
            UNION ALL SELECT 'assistance', count(*) FROM fct_assistance_episode
            """);
    }
}
