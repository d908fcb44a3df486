using System.Diagnostics;
using System.Globalization;
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
        Console.WriteLine("| Rows | File (MB) | Seconds | Rows/s | Peak RSS (MB) |");
        Console.WriteLine("|---:|---:|---:|---:|---:|");
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
            var line = await child.StandardOutput.ReadToEndAsync();
            await child.WaitForExitAsync();
            Console.WriteLine(line.Trim());
        }

        return 0;
    }

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

        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"| {rows:N0} | {size:N0} | {watch.Elapsed.TotalSeconds:N2} | {rows / watch.Elapsed.TotalSeconds:N0} | {PeakResidentMegabytes():N0} |"));
        return 0;
    }

    private static double PeakResidentMegabytes()
    {
        var line = File.ReadLines("/proc/self/status").First(l => l.StartsWith("VmHWM:", StringComparison.Ordinal));
        return long.Parse(line.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1], CultureInfo.InvariantCulture) / 1024.0;
    }
}
