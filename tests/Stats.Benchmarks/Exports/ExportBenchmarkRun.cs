using System.Diagnostics;
using System.Globalization;
using DuckDB.NET.Data;
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
        var measured = await MeasureAsync(formats, runs, role, ct);
        Console.WriteLine();
        Console.WriteLine($"Vintage {measured.VintageId}, {(role == IndicatorRole.Analyst ? "analyst" : "public")} role, every indicator and year; {runs} runs after 1 warm-up:");
        Console.WriteLine();
        Console.WriteLine(Report.ReportRenderer.TimingMarkdown(measured.Table()));
        measured.Unavailable.ToList().ForEach(u => Console.WriteLine($"// {u}"));
        return 0;
    }

    /// <summary>Each format in turn: a warm-up run, then <paramref name="runs"/> runs alternating reference and export.</summary>
    public static async Task<ExportMeasurement> MeasureAsync(IReadOnlyList<string> formats, int runs, IndicatorRole role, CancellationToken ct)
    {
        var (options, vintage) = await PublishedVintageCache.EnsureAsync(ct);
        var root = Directory.CreateTempSubdirectory("stats-export-bench-").FullName;
        try
        {
            var measured = new List<ExportFormatMeasurement>();
            var unavailable = new List<string>();
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
                    unavailable.Add($"{id}: not available in this build ({e.Message})");
                    continue;
                }

                measured.Add(await MeasureAsync(options, vintage, format, role, runs, root, ct));
            }

            return new ExportMeasurement(Convert.ToString(vintage.Id, CultureInfo.InvariantCulture)!, measured, unavailable);
        }
        finally
        {
            Directory.Delete(root, recursive: true);
        }
    }

    private static async Task<ExportFormatMeasurement> MeasureAsync(
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

        return new ExportFormatMeasurement(format.Id, exportedCells, result.Files.Count, result.Files.Sum(f => f.Bytes) / 1e6,
            reference, parquet ? partitioned : null, export);
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
}
