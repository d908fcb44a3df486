using System.Reflection;
using System.Text.Json;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Running;

namespace Stats.Benchmarks.Report;

/// <summary>
/// Runs one benchmark class with the shared configuration and reads its results back from BenchmarkDotNet's full JSON
/// export (BenchmarkDotNet.Artifacts/results/*-report-full.json), not from the console. A quick run keeps each class's
/// invocation count and cuts warm-up and iterations.
/// </summary>
internal static class BenchmarkDotNetRun
{
    public static IReadOnlyList<BenchmarkDotNetCase> Run(Type benchmarks, string artifacts, bool quick)
    {
        var started = DateTime.UtcNow;
        var info = BenchmarkConverter.TypeToBenchmarks(benchmarks, BenchmarkConfig.Create(artifacts));
        if (quick)
        {
            var cases = info.BenchmarksCases
                .Select(c => BenchmarkCase.Create(c.Descriptor, c.Job.UnfreezeCopy().WithWarmupCount(1).WithIterationCount(2), c.Parameters, c.Config))
                .ToArray();
            info = new BenchmarkRunInfo(cases, info.Type, info.Config);
        }

        var summary = BenchmarkRunner.Run(info);
        if (summary.HasCriticalValidationErrors || summary.Reports.Any(r => !r.Success))
        {
            throw new InvalidOperationException($"BenchmarkDotNet could not measure every case of {benchmarks.Name}; see its log in {summary.LogFilePath}.");
        }

        var json = new DirectoryInfo(summary.ResultsDirectoryPath).EnumerateFiles("*-report-full.json")
            .Where(f => f.Name.Contains(benchmarks.Name, StringComparison.Ordinal) && f.LastWriteTimeUtc >= started.AddSeconds(-1))
            .OrderByDescending(f => f.LastWriteTimeUtc)
            .FirstOrDefault()
            ?? throw new FileNotFoundException($"BenchmarkDotNet wrote no full JSON report for {benchmarks.Name} in {summary.ResultsDirectoryPath}.");
        return Read(benchmarks, File.ReadAllText(json.FullName));
    }

    /// <summary>The cases of a full JSON report; which one is the baseline comes from the class's [Benchmark(Baseline = true)].</summary>
    public static IReadOnlyList<BenchmarkDotNetCase> Read(Type benchmarks, string json)
    {
        using var document = JsonDocument.Parse(json);
        var cases = new List<BenchmarkDotNetCase>();
        foreach (var b in document.RootElement.GetProperty("Benchmarks").EnumerateArray())
        {
            var method = b.GetProperty("Method").GetString()!;
            var attribute = benchmarks.GetMethod(method)?.GetCustomAttribute<BenchmarkAttribute>()
                ?? throw new InvalidDataException($"{benchmarks.Name} has no benchmark method {method}.");
            var statistics = b.GetProperty("Statistics");
            var memory = b.TryGetProperty("Memory", out var m) && m.ValueKind == JsonValueKind.Object ? m : (JsonElement?)null;
            cases.Add(new BenchmarkDotNetCase(
                method,
                // BenchmarkDotNet quotes a Description in MethodTitle ('…').
                b.TryGetProperty("MethodTitle", out var title) ? (title.GetString() ?? method).Trim('\'') : method,
                Parameters(b.TryGetProperty("Parameters", out var p) ? p.GetString() : null),
                attribute.Baseline,
                statistics.GetProperty("Mean").GetDouble() / 1e9,
                statistics.GetProperty("StandardDeviation").GetDouble() / 1e9,
                statistics.GetProperty("OriginalValues").EnumerateArray().Select(v => v.GetDouble() / 1e9).ToList(),
                memory is { } mem && mem.TryGetProperty("BytesAllocatedPerOperation", out var bytes) && bytes.ValueKind == JsonValueKind.Number ? bytes.GetInt64() : null));
        }

        return cases;
    }

    /// <summary>"Rows=1000000&amp;Lists=6" as name → value, in order.</summary>
    private static IReadOnlyList<KeyValuePair<string, string>> Parameters(string? text) =>
        string.IsNullOrEmpty(text)
            ? []
            : text.Split('&').Select(p => p.Split('=', 2)).Select(p => new KeyValuePair<string, string>(p[0], p.Length > 1 ? p[1] : "")).ToList();
}
