using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using DuckDB.NET.Data;
using Stats.Api;
using Stats.Warehouse.OData;

namespace Stats.Benchmarks.OData;

/// <summary>
/// `odata-load`: requests/s and latency percentiles of one indicator-set request under concurrent load, measured by
/// Debian's `wrk` on loopback against our API (public role) serving the issue-3 benchmark cubes. `serve-bench` starts
/// the same server on a fixed address and waits for Ctrl+C, for wrk by hand.
/// </summary>
internal static class ODataLoadRun
{
    public const string DefaultPath = "Indicator_V04?$filter=Year eq 2025&$top=100";

    public static async Task<int> RunAsync(string[] args, CancellationToken ct)
    {
        var serveOnly = args[0] == "serve-bench";
        var path = Option(args, "--path") ?? DefaultPath;
        var duration = int.Parse(Option(args, "--duration") ?? "15", CultureInfo.InvariantCulture);
        var connections = (Option(args, "--connections") ?? "1,16,64").Split(',').Select(c => int.Parse(c, CultureInfo.InvariantCulture)).ToList();
        if (serveOnly)
        {
            await using var served = await ServeAsync(path, Option(args, "--urls") ?? "http://127.0.0.1:0", ct);
            Console.WriteLine($"Serving {served.Server.ServiceRoot} (Ctrl+C to stop); e.g. wrk -t2 -c16 -d15s --latency '{served.Url}'");
            var stop = new TaskCompletionSource();
            Console.CancelKeyPress += (_, e) => { e.Cancel = true; stop.TrySetResult(); };
            await stop.Task;
            return 0;
        }

        var measured = await MeasureAsync(path, duration, connections, ct);
        if (measured is null)
        {
            return 2;
        }

        Console.WriteLine();
        Console.WriteLine(Report.ReportRenderer.PlainMarkdown(measured.Table()));
        return 0;
    }

    /// <summary>wrk at each concurrency level against our API on loopback; null (and a message) when wrk is not installed.</summary>
    public static async Task<ODataLoadMeasurement?> MeasureAsync(string path, int duration, IReadOnlyList<int> connections, CancellationToken ct)
    {
        var wrk = FindOnPath("wrk");
        if (wrk is null)
        {
            await Console.Error.WriteLineAsync("wrk is not installed: `apt-get install -y wrk` (Debian), or use serve-bench with another load generator.");
            return null;
        }

        await using var served = await ServeAsync(path, "http://127.0.0.1:0", ct);
        MachineLoad.Print("before wrk");
        var before = MachineLoad.Current();
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"GET {served.Url}, wrk {duration} s per level, 2 threads (1 for 1 connection):"));
        var levels = new List<(int Connections, WrkResult Result)>();
        foreach (var c in connections)
        {
            levels.Add((c, WrkResult.Parse(await RunWrkAsync(wrk, Math.Min(2, c), c, duration, served.Url, ct))));
        }

        MachineLoad.Print("after wrk");
        return new ODataLoadMeasurement(path, served.Rows, served.Bytes, duration, levels, served.Times, before, MachineLoad.Current());
    }

    /// <summary>Our API serving the cached cubes, the request checked (rows, bytes) and, for the default request, its in-process breakdown.</summary>
    private static async Task<ServedPage> ServeAsync(string path, string urls, CancellationToken ct)
    {
        var database = await ServedIndicatorCache.EnsureAsync(ct);
        IReadOnlyList<FlatEntitySet> sets;
        await using (var connection = new DuckDBConnection($"Data Source={database};ACCESS_MODE=READ_ONLY"))
        {
            await connection.OpenAsync(ct);
            sets = await PublishedSets.ReadAsync(connection, ODataRole.Public, ct);
        }

        var server = await StatsApiServer.StartAsync(ServedModel.ForFile("load-bench", sets, database), ct, urls);
        var url = new Uri(server.ServiceRoot, path.Replace(" ", "%20", StringComparison.Ordinal));
        var (rows, bytes) = await CheckAsync(url, ct);
        var times = path == DefaultPath
            ? await ServedRequestProfile.PrintAsync(ServedModel.ForFile("profile", sets, database), "Indicator_V04", "Year eq 2025", 100, 20, ct)
            : null;
        return new ServedPage(server, url, rows, bytes, times);
    }

    /// <summary>The request must succeed and return rows before its load is worth measuring.</summary>
    private static async Task<(int Rows, int Bytes)> CheckAsync(Uri url, CancellationToken ct)
    {
        using var http = new HttpClient();
        using var response = await http.GetAsync(url, ct);
        var body = await response.Content.ReadAsStringAsync(ct);
        if (!response.IsSuccessStatusCode)
        {
            throw new InvalidOperationException($"GET {url} answered {(int)response.StatusCode}: {body[..Math.Min(300, body.Length)]}");
        }

        using var document = JsonDocument.Parse(body);
        var rows = document.RootElement.GetProperty("value").GetArrayLength();
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"// check: {rows} rows, {body.Length:N0} bytes per answer"));
        if (rows == 0)
        {
            throw new InvalidOperationException($"GET {url} returned no rows.");
        }

        return (rows, body.Length);
    }

    private static async Task<string> RunWrkAsync(string wrk, int threads, int connections, int seconds, Uri url, CancellationToken ct)
    {
        var start = new ProcessStartInfo(wrk) { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var a in new[] { "-t" + threads, "-c" + connections, "-d" + seconds + "s", "--latency", url.AbsoluteUri })
        {
            start.ArgumentList.Add(a);
        }

        using var process = Process.Start(start)!;
        var output = await process.StandardOutput.ReadToEndAsync(ct);
        var error = await process.StandardError.ReadToEndAsync(ct);
        await process.WaitForExitAsync(ct);
        Console.Error.Write(output + error);
        return output;
    }

    private static string? Option(string[] args, string name)
    {
        var i = Array.IndexOf(args, name);
        return i >= 0 && i + 1 < args.Length ? args[i + 1] : null;
    }

    private static string? FindOnPath(string name) =>
        (Environment.GetEnvironmentVariable("PATH") ?? "").Split(Path.PathSeparator)
            .Select(d => Path.Combine(d, name)).FirstOrDefault(File.Exists);
}
