using System.Diagnostics;
using System.Globalization;
using Stats.Warehouse;
using Stats.Warehouse.Publish;
using Stats.Warehouse.Vintages;

namespace Stats.Benchmarks.Exports;

/// <summary>
/// A published vintage of the full catalogue at the issue-3 benchmark's scale (10 years, 2016–2025, at 100× the demo,
/// <see cref="IndicatorWarehouseCache"/>): a copy of that cached warehouse put through the real <see cref="Publisher"/>
/// (model, indicator cubes, data tests, snapshot). Cached next to it in "…-published"; delete the folder to start over.
/// </summary>
internal static class PublishedVintageCache
{
    public static async Task<(WarehouseOptions Options, VintageInfo Vintage)> EnsureAsync(CancellationToken ct)
    {
        var source = await IndicatorWarehouseCache.Default.EnsureAsync(ct);
        var folder = source + "-published";
        if (!File.Exists(Path.Combine(folder, "ready")))
        {
            await PublishAsync(source, folder, ct);
        }
        else
        {
            Console.WriteLine($"// export benchmark: cached vintage in {folder}");
        }

        var options = new WarehouseOptions { DataDirectory = folder };
        var vintage = new VintageStore(options).Current()
            ?? throw new InvalidOperationException($"{folder} has no current vintage; delete it to publish again.");
        return (options, vintage);
    }

    private static async Task PublishAsync(string source, string folder, CancellationToken ct)
    {
        var building = WarehouseFiles.FreshBuildingCopy(source, folder);

        var watch = Stopwatch.StartNew();
        var database = new WarehouseDatabase(new WarehouseOptions { DataDirectory = building });
        await using (var writer = await database.OpenWriterAsync(ct))
        {
            var result = await new Publisher(database, TimeProvider.System).PublishAsync(writer, null, ct);
            if (!result.Published)
            {
                throw new InvalidOperationException("The benchmark vintage did not publish: " + string.Join("; ", result.Failures.Select(f => f.Test)));
            }
        }

        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"// export benchmark: vintage published in {watch.Elapsed.TotalSeconds:N1} s"));
        if (Directory.Exists(folder))
        {
            Directory.Delete(folder, recursive: true);
        }

        Directory.Move(building, folder);
        await File.WriteAllTextAsync(Path.Combine(folder, "ready"), "published\n", ct);
    }
}
