using BenchmarkDotNet.Attributes;
using Stats.Etl.Contracts;
using Stats.Etl.Intake;
using Stats.Etl.Synthetic;
using Stats.Warehouse.Sql;

namespace Stats.Benchmarks;

/// <summary>
/// Intake of a large police-victims CSV against DuckDB's own read_csv into the same staging table, same file,
/// same run. Each iteration starts from an empty, migrated warehouse (not timed).
/// </summary>
[MemoryDiagnoser]
public class IntakeThroughputBenchmarks
{
    private string _file = "";
    private BenchmarkWarehouse? _warehouse;
    private SourceContract? _contract;

    [Params(1_000_000)]
    public int Rows { get; set; }

    [GlobalSetup]
    public void WriteDelivery()
    {
        _file = Path.Combine(Path.GetTempPath(), $"stats-bench-police-{Rows}.csv");
        BulkDeliveryWriter.WritePoliceVictimsAsync(_file, Rows, seed: 1, CancellationToken.None).GetAwaiter().GetResult();
        _contract = new ContractRepository(Path.Combine(AppContext.BaseDirectory, "contracts")).Get("police-victims");
    }

    [IterationSetup]
    public void FreshWarehouse() => _warehouse = BenchmarkWarehouse.CreateAsync().GetAwaiter().GetResult();

    [IterationCleanup]
    public void DropWarehouse() => _warehouse!.DisposeAsync().AsTask().GetAwaiter().GetResult();

    [GlobalCleanup]
    public void DeleteDelivery() => File.Delete(_file);

    [Benchmark(Baseline = true, Description = "DuckDB read_csv → staging (reference)")]
    public async Task<int> DuckDbReadCsv()
    {
        var sql = await File.ReadAllTextAsync(Path.Combine(AppContext.BaseDirectory, "reference_police_victims.sql"));
        await using var transaction = await _warehouse!.Writer.BeginTransactionAsync();
        var rows = await _warehouse.Writer.ExecuteAsync(sql, CancellationToken.None, ("path", _file));
        await transaction.CommitAsync();
        return rows;
    }

    [Benchmark(Description = "Intake (contract checks, quarantine, staging)")]
    public async Task<long> Intake()
    {
        var outcome = await new IntakeService(TimeProvider.System).LoadAsync(_warehouse!.Writer, _contract!, _file, null, CancellationToken.None);
        return outcome.Status == IntakeStatus.Loaded && outcome.RowsLoaded == Rows
            ? outcome.RowsLoaded
            : throw new InvalidOperationException($"intake did not load every row: {outcome.Status} {outcome.RowsLoaded}/{Rows}: {outcome.Message}");
    }
}
