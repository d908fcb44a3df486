using System.Diagnostics;
using System.Globalization;
using Stats.Warehouse.Indicators;

namespace Stats.Benchmarks;

/// <summary>One pass of a reference shape, timed per indicator (unit query, aggregate), printed as a Markdown table.</summary>
internal static class ReferenceProfile
{
    /// <summary>Prints the table; returns the seconds of all unit queries and of all aggregates.</summary>
    public static async Task<(double UnitSeconds, double AggregateSeconds)> RunAsync(IndicatorWarehouse warehouse, ReferenceCubes.Shape shape, CancellationToken ct)
    {
        var catalogue = IndicatorCatalogueFiles.Load(warehouse.Database.Sql);
        Console.WriteLine($"// Reference {shape}, memory_limit {warehouse.Database.Options.MemoryLimit}");
        Console.WriteLine("| Indicator | Breakdowns | Unit rows | Aggregate rows | Unit query (s) | Aggregate (s) |");
        Console.WriteLine("|---|---:|---:|---:|---:|---:|");
        double units = 0, aggregates = 0;
        foreach (var indicator in catalogue.Indicators.Where(i => i.Sql is not null))
        {
            var watch = Stopwatch.StartNew();
            await ReferenceCubes.MaterialiseUnitsAsync(warehouse.Database, warehouse.Writer, indicator, ct);
            var unitSeconds = watch.Elapsed.TotalSeconds;
            var unitRows = await ReferenceCubes.UnitRowsAsync(warehouse.Writer, indicator, ct);
            watch.Restart();
            var rows = await ReferenceCubes.AggregateAsync(warehouse.Writer, indicator, shape, ct);
            var aggregateSeconds = watch.Elapsed.TotalSeconds;
            await ReferenceCubes.DropAsync(warehouse.Writer, indicator, ct);
            units += unitSeconds;
            aggregates += aggregateSeconds;
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"| {indicator.Id} | {indicator.Breakdowns.Count} | {unitRows:N0} | {rows:N0} | {unitSeconds:N2} | {aggregateSeconds:N2} |"));
        }

        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"| **all** | | | | {units:N2} | {aggregates:N2} |"));
        return (units, aggregates);
    }
}
