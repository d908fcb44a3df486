using System.Diagnostics;
using Stats.Catalog;
using Stats.Catalog.Entities;
using Stats.Catalog.Queries;
using Stats.Catalog.Recording;
using Stats.Etl.Contracts;
using Stats.Etl.Intake;
using Stats.Etl.Operations;
using Stats.Warehouse;

namespace Stats.EndToEnd.Tests;

/// <summary>Issue 2: one writer per data folder, and a crash between warehouse and catalog is reconciled.</summary>
public sealed class Issue2SingleWriterTests
{
    [Fact]
    public async Task Issue_2_a_second_process_on_the_same_data_folder_fails_fast_with_a_clear_message()
    {
        using var data = new TempDataFolder();
        await using var writer = await new WarehouseDatabase(new WarehouseOptions { DataDirectory = data.Path }).OpenWriterAsync(CancellationToken.None);

        var start = new ProcessStartInfo("dotnet", [Path.Combine(AppContext.BaseDirectory, "stats.dll"), "publish", "--data", data.Path])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        using var other = Process.Start(start)!;
        var error = await other.StandardError.ReadToEndAsync();
        await other.WaitForExitAsync().WaitAsync(TimeSpan.FromSeconds(60));

        other.ExitCode.Should().Be(5, error);
        error.Should().Contain("in use by another process").And.Contain("warehouse.duckdb").And.NotContain("   at ");
    }

    [Fact]
    public async Task Issue_2_a_delivery_left_running_by_a_crash_is_settled_from_the_warehouse_lineage_at_the_next_start()
    {
        using var data = new TempDataFolder();
        (await CliRun.RunAsync("generate", "--data", data.Path, "--year", "2025", "--seed", "9")).ExitCode.Should().Be(0);
        var file = Path.Combine(data.Deliveries(2025), "clean", "prosecution_persons_2025.csv");
        var options = new WarehouseOptions { DataDirectory = data.Path };
        var contract = new ContractRepository(Path.Combine(AppContext.BaseDirectory, "contracts")).Get("prosecution-persons");
        long expectedRows;

        // The crash: the warehouse committed the batch, the catalog still says Running.
        await using (var catalog = await CatalogDatabase.OpenAsync(new CatalogOptions(), data.Path, CancellationToken.None))
        await using (var writer = await new WarehouseDatabase(options).OpenWriterAsync(CancellationToken.None))
        {
            var hash = await ContentHash.ComputeAsync(file, CancellationToken.None);
            await new CatalogRecorder(catalog, TimeProvider.System).DeliveryStartedAsync(contract.Id, contract.Source.Code, Path.GetFileName(file), hash, CancellationToken.None);
            var outcome = await new IntakeService(TimeProvider.System).LoadAsync(writer, contract, file, null, CancellationToken.None);
            outcome.Status.Should().Be(IntakeStatus.Loaded);
            expectedRows = outcome.RowsLoaded;
        }

        await using (var session = await WarehouseSession.OpenAsync(options, new CatalogOptions(), TimeProvider.System, CancellationToken.None))
        {
            var delivery = (await new CatalogQueries(session.Catalog).RecentDeliveriesAsync(10, CancellationToken.None)).Single();
            delivery.Status.Should().Be(DeliveryStatus.Loaded);
            delivery.RowsLoaded.Should().Be(expectedRows);
        }

        var again = await CliRun.RunAsync("load", "--data", data.Path, "--contract", "prosecution-persons", file);
        again.ExitCode.Should().Be(0);
        again.Output.Should().Contain("duplicate");
    }
}
