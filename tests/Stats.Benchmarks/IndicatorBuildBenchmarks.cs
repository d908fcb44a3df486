using BenchmarkDotNet.Attributes;
using Stats.Warehouse.Indicators;

namespace Stats.Benchmarks;

/// <summary>
/// Time to build every indicator cube of the catalogue over 10 years of a large country (synthetic, 100× the demo),
/// against bare DuckDB aggregates of the same unit queries (see <see cref="ReferenceCubes"/>): the builder's own
/// GROUPING SETS, bare, is the baseline. The literal GROUP BY year, CUBE(all breakdowns) with count(DISTINCT) is not a
/// case here: for the 8-breakdown indicators (256 grouping sets) DuckDB runs out of memory at the warehouse's 2 GB and
/// needs ~1 min per indicator at 16 GB; `indicators-reference cube --limit 16GB` measures it once. The warehouse is
/// generated, loaded and model-built once and cached (<see cref="IndicatorWarehouseCache"/>); each benchmark case
/// works on its own copy. Every iteration of the build replaces ind_cell; there is no previous vintage.
/// </summary>
[MemoryDiagnoser]
[WarmupCount(1)]
[IterationCount(3)]
public class IndicatorBuildBenchmarks
{
    /// <summary>DuckDB memory_limit of the benchmark warehouse, the same for every case (see RESULTS.md).</summary>
    public const string MemoryLimit = "2GB";

    private IndicatorWarehouse? _warehouse;

    [GlobalSetup]
    public void OpenWarehouse() => OpenAsync().GetAwaiter().GetResult();

    [GlobalCleanup(Target = nameof(PublishedSetsReference))]
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

    [Benchmark(Baseline = true, Description = "DuckDB: unit queries + the builder's GROUPING SETS, bare (reference)")]
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
