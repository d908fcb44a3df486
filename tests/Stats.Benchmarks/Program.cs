using System.Globalization;
using BenchmarkDotNet.Running;
using Stats.Benchmarks;
using Stats.Benchmarks.Report;

// Issue 10: `report [--only intake,indicators,…] [--quick] [--render-only]` runs the benchmarks of every issue and
// regenerates RESULTS.md (see Report/ReportCommand.cs).
if (args is ["report", ..])
{
    return await ReportCommand.RunAsync(args[1..], CancellationToken.None);
}

// `memory [rows…]` measures peak RSS per file size in child processes; anything else goes to BenchmarkDotNet.
// `memory --limit 512MB [rows…]` sets the warehouse's DuckDB memory_limit for the children.
if (args is ["memory", ..])
{
    var rest = args[1..];
    var limit = "2GB";
    if (rest is ["--limit", var l, ..])
    {
        limit = l;
        rest = rest[2..];
    }

    var sizes = rest.Length > 0 ? rest.Select(a => int.Parse(a, CultureInfo.InvariantCulture)).ToList() : [250_000, 1_000_000, 2_000_000];
    return await MemoryProbe.RunParentAsync(sizes, limit);
}

if (args is ["memory-child", var rows, var memoryLimit])
{
    return await MemoryProbe.RunChildAsync(int.Parse(rows, CultureInfo.InvariantCulture), memoryLimit);
}

// `indicators-setup` generates/loads/builds (or finds cached) the 10-year warehouse and prints its volumes;
// `indicators-profile [N]` adds N−1 plain builds (default 0), each timed, then one broken down per indicator.
// `indicators-reference cube|sets` times one pass of a reference per indicator. `--limit 4GB` sets memory_limit.
if (args is ["indicators-setup" or "indicators-profile" or "indicators-reference", ..])
{
    var limit = args is [_, "--limit", var l, ..] ? l : IndicatorBuildBenchmarks.MemoryLimit;
    var cache = IndicatorWarehouseCache.Default;
    var folder = await cache.EnsureAsync(CancellationToken.None);
    await using var warehouse = await IndicatorWarehouse.OpenCopyAsync(folder, limit, CancellationToken.None);
    await IndicatorVolumes.PrintAsync(cache, warehouse.Writer, CancellationToken.None);
    if (args[0] == "indicators-profile")
    {
        var plain = args.Length > 1 && int.TryParse(args[^1], CultureInfo.InvariantCulture, out var n) ? n - 1 : 0;
        for (var i = 0; i < plain; i++)
        {
            var built = await new Stats.Warehouse.Indicators.IndicatorBuilder(warehouse.Database, TimeProvider.System)
                .BuildAsync(warehouse.Writer, null, null, CancellationToken.None);
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"// build {i + 1}: {built.Elapsed.TotalSeconds:N2} s"));
        }

        Console.WriteLine(await IndicatorBuildProfile.RunAsync(warehouse, CancellationToken.None));
    }
    else if (args[0] == "indicators-reference")
    {
        var shape = args[^1] == "sets" ? ReferenceCubes.Shape.PublishedSets : ReferenceCubes.Shape.Cube;
        await ReferenceProfile.RunAsync(warehouse, shape, CancellationToken.None);
    }

    return 0;
}

// Issue 6: `pack [recipients] [runs]` renders the whole monthly pack for all recipients (default 20 recipients, 5 runs).
if (args is ["pack", ..])
{
    var recipients = args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 20;
    var runs = args.Length > 2 ? int.Parse(args[2], CultureInfo.InvariantCulture) : 5;
    return await Stats.Benchmarks.Packs.PackRenderRun.RunAsync(recipients, runs, CancellationToken.None);
}

// Issue 7: `export [runs] [--formats parquet,sdmx-csv] [--role public|analyst]` exports the full catalogue of a large
// published vintage in each format against DuckDB's own COPY of the same rows (default 5 runs, parquet and sdmx-csv, public).
if (args is ["export", ..])
{
    var rest = args[1..].ToList();
    var formats = new[] { "parquet", "sdmx-csv" }.ToList();
    var role = Stats.Warehouse.Indicators.IndicatorRole.Public;
    if (rest.IndexOf("--formats") is var f and >= 0 && f + 1 < rest.Count)
    {
        formats = rest[f + 1].Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries).ToList();
        rest.RemoveRange(f, 2);
    }

    if (rest.IndexOf("--role") is var r and >= 0 && r + 1 < rest.Count)
    {
        role = rest[r + 1] == "analyst" ? Stats.Warehouse.Indicators.IndicatorRole.Analyst : Stats.Warehouse.Indicators.IndicatorRole.Public;
        rest.RemoveRange(r, 2);
    }

    var runs = rest.Count > 0 ? int.Parse(rest[0], CultureInfo.InvariantCulture) : 5;
    return await Stats.Benchmarks.Exports.ExportBenchmarkRun.RunAsync(formats, runs, role, CancellationToken.None);
}

// Issue 4, OData API. `odata-setup` generates (or finds cached) the 10 M-row fact file and its SQLite copy;
// `odata-aggregate [N] [--count-only]` answers registrations by year and sex three ways, N timed runs each (default 10);
// `odata-load [--duration 15] [--connections 1,16,64]` runs wrk against our API serving the indicator cubes;
// `serve-bench [--urls http://127.0.0.1:5080]` serves those cubes until Enter, for wrk by hand.
if (args is ["odata-setup", ..])
{
    await Stats.Benchmarks.OData.FactWarehouseCache.Default.EnsureAsync(CancellationToken.None);
    return 0;
}

if (args is ["odata-aggregate", ..])
{
    var iterations = args.Length > 1 && int.TryParse(args[1], CultureInfo.InvariantCulture, out var n) ? n : 10;
    return await Stats.Benchmarks.OData.ODataAggregateRun.RunAsync(iterations, args.Contains("--count-only"), CancellationToken.None);
}

if (args is ["odata-load" or "serve-bench", ..])
{
    return await Stats.Benchmarks.OData.ODataLoadRun.RunAsync(args, CancellationToken.None);
}

BenchmarkSwitcher.FromAssembly(typeof(IntakeThroughputBenchmarks).Assembly).Run(args, BenchmarkConfig.Create());
return 0;
