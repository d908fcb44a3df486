using System.Diagnostics;
using System.Globalization;
using DuckDB.NET.Data;
using Stats.Benchmarks.OData;
using Stats.Warehouse;
using Stats.Warehouse.Exports;
using Stats.Warehouse.Indicators;
using Stats.Warehouse.Vintages;

namespace Stats.Benchmarks.Exports;

/// <summary>
/// Issue 7: throughput of `stats export` for the full catalogue of a large published vintage (every indicator, every year),
/// per format, against DuckDB's own COPY of the same cube SQL to the same kind of file (FORMAT parquet for parquet,
/// FORMAT csv for the text formats), measured in the same run, alternating reference and export. Formats are looked up
/// with <see cref="ExportFormats.Find"/>, so a format another branch adds (sdmx-csv) is measured once it is merged and
/// reported as unavailable before.
/// </summary>
internal static class ExportBenchmarkRun
{
    public static async Task<int> RunAsync(IReadOnlyList<string> formats, int runs, IndicatorRole role, CancellationToken ct)
    {
        var (options, vintage) = await PublishedVintageCache.EnsureAsync(ct);
        var root = Directory.CreateTempSubdirectory("stats-export-bench-").FullName;
        try
        {
            MachineLoad.Print("before");
            var rows = new List<string>();
            foreach (var id in formats)
            {
                IExportFormat format;
                try
                {
                    format = ExportFormats.Find(id);
                }
                catch (ExportRequestException e)
                {
                    Console.WriteLine($"// {id}: not available in this build ({e.Message})");
                    rows.Add($"| {id} | - | - | - | - | - | - | not in this build |");
                    continue;
                }

                rows.AddRange(await MeasureAsync(options, vintage, format, role, runs, root, ct));
            }

            MachineLoad.Print("after");
            Console.WriteLine();
            Console.WriteLine($"Vintage {vintage.Id}, {(role == IndicatorRole.Analyst ? "analyst" : "public")} role, every indicator and year; median of {runs} runs after 1 warm-up:");
            Console.WriteLine();
            Console.WriteLine("| Format | Cells | Files | MB | DuckDB COPY (reference) | Export | Export ÷ reference | Cells/s (export) |");
            Console.WriteLine("|---|---:|---:|---:|---:|---:|---:|---:|");
            rows.ForEach(Console.WriteLine);
            return 0;
        }
        finally
        {
            Directory.Delete(root, recursive: true);
        }
    }

    private static async Task<IReadOnlyList<string>> MeasureAsync(
        WarehouseOptions options, VintageInfo vintage, IExportFormat format, IndicatorRole role, int runs, string root, CancellationToken ct)
    {
        var parquet = format.Id == "parquet";
        var exporter = new Exporter(options, TimeProvider.System);
        var request = new ExportRequest(format.Id, [], [], role);
        var reference = new List<double>();
        var partitioned = new List<double>();
        var export = new List<double>();
        long referenceCells = 0;
        ExportResult? result = null;
        // The reference times only the COPY statements: its connection and cube SQL are prepared untimed, once.
        await using var snapshot = new DuckDBConnection($"Data Source={vintage.FilePath};ACCESS_MODE=READ_ONLY");
        await snapshot.OpenAsync(ct);
        var cubes = await ExportCubes.ReadAsync(snapshot, role, ct);
        for (var run = 0; run <= runs; run++)
        {
            var watch = Stopwatch.StartNew();
            referenceCells = await ReferenceAsync(snapshot, cubes, parquet, Path.Combine(root, $"reference-{format.Id}-{run}"), ct);
            var referenceSeconds = watch.Elapsed.TotalSeconds;

            // For parquet, also the same COPY partitioned by Year as the export is: how much of the difference is the files' layout.
            watch.Restart();
            if (parquet)
            {
                await ReferenceAsync(snapshot, cubes, parquet, Path.Combine(root, $"partitioned-{format.Id}-{run}"), ct, partitionByYear: true);
            }

            var partitionedSeconds = watch.Elapsed.TotalSeconds;

            watch.Restart();
            result = await exporter.ExportAsync(request, vintage, Path.Combine(root, $"export-{format.Id}-{run}"), ct);
            var exportSeconds = watch.Elapsed.TotalSeconds;
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"// {format.Id} run {run}{(run == 0 ? " (warm-up)" : "")}: reference {referenceSeconds:N3} s{(parquet ? $", partitioned {partitionedSeconds:N3} s" : "")}, export {exportSeconds:N3} s"));
            if (run > 0)
            {
                reference.Add(referenceSeconds);
                partitioned.Add(partitionedSeconds);
                export.Add(exportSeconds);
            }
        }

        // The export must have written exactly the rows the reference copied, or the ratio compares different work.
        var exportedCells = result!.Files.Where(f => f.Indicator is not null).Sum(f => f.Rows ?? 0);
        if (exportedCells != referenceCells)
        {
            throw new InvalidOperationException($"{format.Id}: the export recorded {exportedCells} cells, the reference copied {referenceCells}.");
        }

        var megabytes = result.Files.Sum(f => f.Bytes) / 1e6;
        var (r, e) = (Median(reference), Median(export));
        var rows = new List<string>
        {
            string.Create(CultureInfo.InvariantCulture,
                $"| {format.Id} | {exportedCells:N0} | {result.Files.Count:N0} | {megabytes:N1} | {r:N3} s | {e:N3} s | **{e / r:N2}** | {exportedCells / e:N0} |"),
        };
        if (parquet)
        {
            var p = Median(partitioned);
            rows.Add(string.Create(CultureInfo.InvariantCulture,
                $"| {format.Id}, against COPY … PARTITION_BY (\"Year\") | {exportedCells:N0} | | | {p:N3} s | {e:N3} s | **{e / p:N2}** | |"));
        }

        return rows;
    }

    /// <summary>DuckDB copies every cube's SQL to one file per indicator; returns the rows copied.</summary>
    private static async Task<long> ReferenceAsync(
        DuckDBConnection snapshot, IReadOnlyList<ExportCube> cubes, bool parquet, string folder, CancellationToken ct, bool partitionByYear = false)
    {
        Directory.CreateDirectory(folder);
        long cells = 0;
        foreach (var cube in cubes)
        {
            var file = Path.Combine(folder, cube.Indicator.Id + (partitionByYear ? "" : parquet ? ".parquet" : ".csv")).Replace("'", "''", StringComparison.Ordinal);
            var options = (parquet ? "FORMAT parquet" : "FORMAT csv, HEADER true") + (partitionByYear ? ", PARTITION_BY (\"Year\")" : "");
            await using var copy = snapshot.CreateCommand();
            copy.CommandText = $"COPY ({cube.Sql}) TO '{file}' ({options})";
            cells += await copy.ExecuteNonQueryAsync(ct);
        }

        return cells;
    }

    private static double Median(List<double> values)
    {
        var sorted = values.Order().ToList();
        return sorted.Count % 2 == 1 ? sorted[sorted.Count / 2] : (sorted[(sorted.Count / 2) - 1] + sorted[sorted.Count / 2]) / 2;
    }
}
