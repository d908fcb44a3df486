using System.Globalization;
using Stats.Warehouse;
using Stats.Warehouse.Indicators;
using Stats.Warehouse.Sql;

namespace Stats.Benchmarks.OData;

/// <summary>
/// The issue-3 benchmark warehouse (10 years at 100× the demo, <see cref="IndicatorWarehouseCache"/>) with its indicator
/// cubes built once, cached next to it: the data the load test serves. The API reads it read-only, like a vintage file.
/// </summary>
internal static class ServedIndicatorCache
{
    /// <summary>Path of the DuckDB file holding ind_cell and its catalogue; built on first use (~1 min plus ~10 s).</summary>
    public static async Task<string> EnsureAsync(CancellationToken ct)
    {
        var source = await IndicatorWarehouseCache.Default.EnsureAsync(ct);
        var folder = source + "-served";
        var database = Path.Combine(folder, "warehouse.duckdb");
        if (File.Exists(Path.Combine(folder, "ready")))
        {
            Console.WriteLine($"// load benchmark: cached cubes in {folder}");
            return database;
        }

        var building = WarehouseFiles.FreshBuildingCopy(source, folder);

        var warehouse = new WarehouseDatabase(new WarehouseOptions { DataDirectory = building });
        await using (var writer = await warehouse.OpenWriterAsync(ct))
        {
            var built = await new IndicatorBuilder(warehouse, TimeProvider.System).BuildAsync(writer, null, null, ct);
            await writer.ExecuteAsync("CHECKPOINT", ct);
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"// load benchmark: cubes built in {built.Elapsed.TotalSeconds:N1} s"));
        }

        if (Directory.Exists(folder))
        {
            Directory.Delete(folder, recursive: true);
        }

        Directory.Move(building, folder);
        await File.WriteAllTextAsync(Path.Combine(folder, "ready"), "built\n", ct);
        return database;
    }
}
