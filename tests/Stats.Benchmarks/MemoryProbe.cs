using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using Stats.Etl.Contracts;
using Stats.Etl.Intake;
using Stats.Etl.Synthetic;

namespace Stats.Benchmarks;

/// <summary>
/// Peak memory of intake by file size: each size runs in a fresh child process, which reports its peak
/// resident set (VmHWM). Streaming intake keeps the peak flat as the file grows.
/// </summary>
internal static class MemoryProbe
{
    public static async Task<int> RunParentAsync(IReadOnlyList<int> sizes, string memoryLimit)
    {
        Console.WriteLine($"DuckDB memory_limit = {memoryLimit}");
        Console.WriteLine(Report.ReportRenderer.PlainMarkdown(Table("memory", await MeasureAsync(sizes, memoryLimit))));
        return 0;
    }

    /// <summary>One fresh child process per size, in order; each reports its load as one JSON line.</summary>
    public static async Task<IReadOnlyList<MemoryProbeResult>> MeasureAsync(IReadOnlyList<int> sizes, string memoryLimit)
    {
        var results = new List<MemoryProbeResult>();
        foreach (var rows in sizes)
        {
            var start = new ProcessStartInfo(Environment.ProcessPath!, ["memory-child", rows.ToString(CultureInfo.InvariantCulture), memoryLimit])
            {
                RedirectStandardOutput = true,
            };
            if (Environment.ProcessPath!.EndsWith("dotnet", StringComparison.Ordinal))
            {
                start.ArgumentList.Insert(0, typeof(MemoryProbe).Assembly.Location);
            }

            using var child = Process.Start(start)!;
            var output = await child.StandardOutput.ReadToEndAsync();
            await child.WaitForExitAsync();
            var line = output.Split('\n', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries).LastOrDefault();
            if (child.ExitCode != 0 || line is null || !line.StartsWith('{'))
            {
                throw new InvalidOperationException($"memory-child {rows} exited {child.ExitCode} without a result: {output}");
            }

            var result = JsonSerializer.Deserialize<MemoryProbeResult>(line) ?? throw new InvalidDataException(line);
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"// {rows:N0} rows, memory_limit {memoryLimit}: {result.Seconds:N2} s, peak {result.PeakMegabytes:N0} MB"));
            results.Add(result);
        }

        return results;
    }

    /// <summary>Rows | File (MB) | Seconds | Rows/s | Peak RSS (MB).</summary>
    public static Report.PlainTable Table(string name, IReadOnlyList<MemoryProbeResult> results) => new()
    {
        Name = name,
        Columns = ["Rows", "File (MB)", "Seconds", "Rows/s", "Peak RSS (MB)"],
        Align = "rrrrr",
        Rows = results.Select(r => (IReadOnlyList<string>)[
            r.Rows.ToString("N0", CultureInfo.InvariantCulture),
            r.FileMegabytes.ToString("N0", CultureInfo.InvariantCulture),
            r.Seconds.ToString("N2", CultureInfo.InvariantCulture),
            (r.Rows / r.Seconds).ToString("N0", CultureInfo.InvariantCulture),
            r.PeakMegabytes.ToString("N0", CultureInfo.InvariantCulture)]).ToList(),
    };

    public static async Task<int> RunChildAsync(int rows, string memoryLimit)
    {
        var file = Path.Combine(Path.GetTempPath(), $"stats-mem-police-{rows}-{Environment.ProcessId}.csv");
        await BulkDeliveryWriter.WritePoliceVictimsAsync(file, rows, seed: 1, CancellationToken.None);
        var size = new FileInfo(file).Length / 1048576.0;
        var contract = new ContractRepository(Path.Combine(AppContext.BaseDirectory, "contracts")).Get("police-victims");
        await using var warehouse = await BenchmarkWarehouse.CreateAsync(memoryLimit);
        var watch = Stopwatch.StartNew();
        var outcome = await new IntakeService(TimeProvider.System).LoadAsync(warehouse.Writer, contract, file, null, CancellationToken.None);
        watch.Stop();
        File.Delete(file);
        if (outcome.RowsLoaded != rows)
        {
            throw new InvalidOperationException($"loaded {outcome.RowsLoaded} of {rows}: {outcome.Message}");
        }

        Console.WriteLine(JsonSerializer.Serialize(new MemoryProbeResult(rows, size, watch.Elapsed.TotalSeconds, PeakResidentMegabytes())));
        return 0;
    }

    private static double PeakResidentMegabytes()
    {
        var line = File.ReadLines("/proc/self/status").First(l => l.StartsWith("VmHWM:", StringComparison.Ordinal));
        return long.Parse(line.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1], CultureInfo.InvariantCulture) / 1024.0;
    }
}
