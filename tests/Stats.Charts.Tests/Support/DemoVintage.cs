using DuckDB.NET.Data;
using Stats.Charts.Definitions;
using Stats.Core.Indicators;
using Stats.Etl.Contracts;
using Stats.Etl.Intake;
using Stats.Etl.Synthetic;
using Stats.Warehouse;
using Stats.Warehouse.Indicators;
using Stats.Warehouse.Publish;
using Stats.Warehouse.Sql;
using Stats.Warehouse.Vintages;

namespace Stats.Charts.Tests.Support;

/// <summary>
/// Two generated years (2024 and 2025 to 9 December, 350 persons each, as `stats demo`), loaded through intake and
/// published on 2025-12-10 (k = 5, provisional lag 90 days), read-only; plus a copy of the vintage in which every
/// suppressed cell's raw value is changed, to show that public charts do not depend on those values.
/// </summary>
public sealed class DemoVintage : IAsyncLifetime
{
    public static readonly DateTimeOffset PublishedAt = new(2025, 12, 10, 8, 0, 0, TimeSpan.Zero);

    /// <summary>The pack's reference month: November 2025.</summary>
    public static readonly DateOnly Month = new(2025, 11, 1);

    private string directory = "";

    public DuckDBConnection Snapshot { get; private set; } = null!;

    public DuckDBConnection Tampered { get; private set; } = null!;

    public ChartCatalogue Charts { get; private set; } = null!;

    /// <summary>The published vintage the snapshot is; and the tampered copy as a vintage of the same id (for diffs).</summary>
    public VintageInfo Current { get; private set; } = null!;

    public VintageInfo TamperedVintage => Current with { FilePath = Path.Combine(directory, "tampered.duckdb") };

    public SqlFiles Sql { get; private set; } = null!;

    public IndicatorCatalogue Indicators { get; private set; } = null!;

    public static string DashboardsFolder => Path.Combine(AppContext.BaseDirectory, "dashboards");

    public async Task InitializeAsync()
    {
        directory = Directory.CreateTempSubdirectory("stats-charts-").FullName;
        var time = new FixedTime(PublishedAt);
        var database = new WarehouseDatabase(new WarehouseOptions { DataDirectory = Path.Combine(directory, "data"), Threads = 2, DisclosureK = 5 });
        var contracts = new ContractRepository(Path.Combine(AppContext.BaseDirectory, "contracts"));
        var intake = new IntakeService(time);
        await using (var writer = await database.OpenWriterAsync(CancellationToken.None))
        {
            foreach (var year in new[] { 2024, 2025 })
            {
                var folder = Path.Combine(directory, "deliveries", year.ToString(System.Globalization.CultureInfo.InvariantCulture));
                var truth = new DeliveryGenerator(time).Generate(new GenerationOptions(year, year, folder)).GroundTruth;
                foreach (var delivery in truth.Deliveries.Where(d => d.Expected == "loaded"))
                {
                    var outcome = await intake.LoadAsync(writer, contracts.Get(delivery.Contract), Path.Combine(folder, delivery.File), null, CancellationToken.None);
                    outcome.Status.Should().Be(IntakeStatus.Loaded, outcome.Message);
                }
            }

            var result = await new Publisher(database, time).PublishAsync(writer, null, CancellationToken.None);
            result.Published.Should().BeTrue(string.Join("; ", result.Failures.Select(f => f.Test)));
        }

        var store = new VintageStore(database.Options);
        var current = store.Current()!;
        Current = current;
        Sql = database.Sql;
        Snapshot = await store.OpenReadOnlyAsync(current, CancellationToken.None);
        Tampered = await TamperedCopyAsync(current.FilePath);
        Indicators = IndicatorCatalogueFiles.Load(database.Sql);
        Charts = ChartCatalogue.Load(DashboardsFolder, Indicators);
    }

    public async Task DisposeAsync()
    {
        await Snapshot.DisposeAsync();
        await Tampered.DisposeAsync();
        Directory.Delete(directory, recursive: true);
    }

    /// <summary>A copy of the vintage where every cell that is not free (conf_status C or D) has raw_value + 1.</summary>
    private async Task<DuckDBConnection> TamperedCopyAsync(string file)
    {
        var copy = Path.Combine(directory, "tampered.duckdb");
        File.Copy(file, copy);
        await using (var connection = new DuckDBConnection($"Data Source={copy}"))
        {
            await connection.OpenAsync();
            var changed = await connection.ScalarAsync<long>(
                "SELECT count(*) FROM ind_cell WHERE conf_status <> 'F' AND raw_value IS NOT NULL", CancellationToken.None);
            changed.Should().BePositive("the demo vintage must have suppressed cells for this check to mean anything");
            await connection.ExecuteAsync("UPDATE ind_cell SET raw_value = raw_value + 1 WHERE conf_status <> 'F'", CancellationToken.None);
        }

        var readOnly = new DuckDBConnection($"Data Source={copy};ACCESS_MODE=READ_ONLY");
        await readOnly.OpenAsync();
        return readOnly;
    }
}
