using Stats.Etl.Contracts;
using Stats.Etl.Intake;
using Stats.Warehouse;
using Stats.Warehouse.Sql;

namespace Stats.EndToEnd.Tests;

/// <summary>Issue 2: a load that fails part-way leaves nothing of itself, and the published vintage keeps serving.</summary>
public sealed class Issue2AtomicityTests
{
    [Fact]
    public async Task Issue_2_a_fault_after_staging_leaves_no_row_of_the_batch_and_the_previous_vintage_still_serves()
    {
        using var data = new TempDataFolder();
        (await CliRun.RunAsync("generate", "--data", data.Path, "--year", "2025", "--seed", "3")).ExitCode.Should().Be(0);
        var folder = data.Deliveries(2025);
        (await CliRun.RunAsync("load", "--data", data.Path, "--contract", "police-victims", Path.Combine(folder, "clean", "police_victims_2025.csv"))).ExitCode.Should().Be(0);
        (await CliRun.RunAsync("publish", "--data", data.Path)).ExitCode.Should().Be(0);
        long publishedRegistrations;
        await using (var before = await SnapshotQueries.OpenCurrentAsync(data.Path))
        {
            publishedRegistrations = await before.ScalarAsync("SELECT count(*) FROM fct_victim_registration");
        }

        var options = new WarehouseOptions { DataDirectory = data.Path };
        await using (var writer = await new WarehouseDatabase(options).OpenWriterAsync(CancellationToken.None))
        {
            var intake = new IntakeService(new FixedTime(new DateTimeOffset(2026, 1, 15, 8, 0, 0, TimeSpan.Zero)))
            {
                AfterStage = (stage, _) => stage == "staged" ? throw new IOException("disk unplugged (injected)") : Task.CompletedTask,
            };
            var contract = new ContractRepository(Path.Combine(AppContext.BaseDirectory, "contracts")).Get("socialcare-nrm");

            var load = () => intake.LoadAsync(writer, contract, Path.Combine(folder, "clean", "nrm_cases_2025.json"), null, CancellationToken.None);

            await load.Should().ThrowAsync<IOException>();
            (await writer.ScalarAsync<long>("SELECT count(*) FROM stg_intake__victim_registration WHERE source_code = 'NRM'", CancellationToken.None)).Should().Be(0);
            (await writer.ScalarAsync<long>("SELECT count(*) FROM stg_intake__assistance_episode", CancellationToken.None)).Should().Be(0);
            (await writer.ScalarAsync<long>("SELECT count(*) FROM meta_load_batch", CancellationToken.None)).Should().Be(1);
            (await writer.ScalarAsync<long>("SELECT count(*) FROM qrn_row", CancellationToken.None)).Should().Be(0);
        }

        await using var after = await SnapshotQueries.OpenCurrentAsync(data.Path);
        (await after.ScalarAsync("SELECT count(*) FROM fct_victim_registration")).Should().Be(publishedRegistrations);
        (await after.ScalarAsync("SELECT max(vintage_id) FROM meta_vintage")).Should().Be(1);
    }
}
