using BenchmarkDotNet.Attributes;
using Stats.Warehouse.Indicators;

namespace Stats.Benchmarks;

/// <summary>
/// Time to build every indicator cube of the catalogue over 10 years of a large country (synthetic, 100× the demo),
/// against bare DuckDB aggregates of the same unit queries (see <see cref="ReferenceCubes"/>): GROUP BY year,
/// CUBE(all breakdowns) is the baseline, the builder's own GROUPING SETS, bare, the second reference. Every case runs
/// with DuckDB memory_limit 16 GB: with count(DISTINCT), the 256 grouping sets of an 8-breakdown CUBE run out of memory
/// at the warehouse's default 2 GB (and at 8 GB). The warehouse is
/// generated, loaded and model-built once and cached (<see cref="IndicatorWarehouseCache"/>); each benchmark case
/// works on its own copy. Every iteration of the build replaces ind_cell; there is no previous vintage.
/// </summary>
[MemoryDiagnoser]
[WarmupCount(1)]
[IterationCount(3)]
public class IndicatorBuildBenchmarks
{
    /// <summary>DuckDB memory_limit of the benchmark warehouse, the same for every case (see RESULTS.md).</summary>
    public const string MemoryLimit = "16GB";

    private IndicatorWarehouse? _warehouse;

    [GlobalSetup]
    public void OpenWarehouse() => OpenAsync().GetAwaiter().GetResult();

    [GlobalCleanup(Targets = [nameof(CubeReference), nameof(PublishedSetsReference)])]
    public void CloseWarehouse() => _warehouse!.DisposeAsync().AsTask().GetAwaiter().GetResult();

    /// <summary>After the measured builds: one more, broken down per indicator (where the time goes).</summary>
    [GlobalCleanup(Target = nameof(IndicatorBuild))]
    public void ProfileAndClose()
    {
        var table = IndicatorBuildProfile.RunAsync(_warehouse!, CancellationToken.None).GetAwaiter().GetResult();
        Console.WriteLine("// Per-indicator profile of one build:");
        Console.WriteLine(table);
        CloseWarehouse();
    }

    [Benchmark(Baseline = true, Description = "DuckDB: unit queries + GROUP BY year, CUBE(breakdowns) (reference)")]
    public async Task<long> CubeReference() =>
        await ReferenceCubes.RunAsync(_warehouse!.Database, _warehouse.Writer, ReferenceCubes.Shape.Cube, CancellationToken.None);

    [Benchmark(Description = "DuckDB: unit queries + the builder's GROUPING SETS, bare")]
    public async Task<long> PublishedSetsReference() =>
        await ReferenceCubes.RunAsync(_warehouse!.Database, _warehouse.Writer, ReferenceCubes.Shape.PublishedSets, CancellationToken.None);

    [Benchmark(Description = "IndicatorBuilder.BuildAsync (all cubes, zero-fill, protection, rates, flags)")]
    public async Task<long> IndicatorBuild()
    {
        var result = await new IndicatorBuilder(_warehouse!.Database, TimeProvider.System).BuildAsync(_warehouse.Writer, null, null, CancellationToken.None);
        return result.Cubes.Sum(c => c.Cells);
    }

    private async Task OpenAsync()
    {
        var cache = IndicatorWarehouseCache.Default;
        var folder = await cache.EnsureAsync(CancellationToken.None);
        _warehouse = await IndicatorWarehouse.OpenCopyAsync(folder, MemoryLimit, CancellationToken.None);
        await IndicatorVolumes.PrintAsync(cache, _warehouse.Writer, CancellationToken.None);
    }
}
