using System.Globalization;
using System.Net;
using DuckDB.NET.Data;
using Stats.Api;
using Stats.Warehouse.OData;

namespace Stats.Benchmarks.OData;

/// <summary>
/// `odata-aggregate`: registrations by year and sex over 10 M rows, answered three ways (DuckDB SQL on the file, our API
/// over HTTP, AspNetCore.OData + EF Core + SQLite over HTTP). Every answer is checked against the reference before its
/// timing counts; each timed run is one request (or query) read to the end and checked again.
/// </summary>
internal static class ODataAggregateRun
{
    public const string FactSet = "Fact_VictimRegistration";

    public static async Task<int> RunAsync(int iterations, bool countOnly, CancellationToken ct)
    {
        var cache = FactWarehouseCache.Default;
        await cache.EnsureAsync(ct);
        MachineLoad.Print("before the runs");
        var query = new AggregateQuery(countOnly);
        Console.WriteLine($"// $apply={query.Apply}");

        await using var duck = new DuckDBConnection($"Data Source={cache.DuckDbPath};ACCESS_MODE=READ_ONLY");
        await duck.OpenAsync(ct);
        var reference = await ReferenceAggregate.RunAsync(duck, countOnly, ct);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"// reference: {reference.Count} groups, {reference.Sum(g => g.Registrations):N0} registrations, {reference.Sum(g => g.Persons):N0} person-groups"));

        var rows = new List<string>();
        var referenceTiming = await Timing.MeasureAsync(async () => Check(reference, await ReferenceAggregate.RunAsync(duck, countOnly, ct), "reference"), 1, iterations);
        rows.Add(Row("DuckDB SQL on the file (reference)", null, referenceTiming, referenceTiming));

        using var http = new HttpClient { Timeout = TimeSpan.FromMinutes(10) };
        var models = new Dictionary<ODataRole, ServedModel>
        {
            [ODataRole.Public] = ServedModel.ForFile("odata-bench", await PublishedSets.ReadAsync(duck, ODataRole.Public, ct), cache.DuckDbPath),
            [ODataRole.Analyst] = ServedModel.ForFile("odata-bench", await PublishedSets.ReadAsync(duck, ODataRole.Analyst, ct), cache.DuckDbPath),
        };
        await using (var api = await StatsApiServer.StartAsync(models, ct))
        {
            // Our API needs an analyst key for the fact sets; the EF reference has no authentication.
            http.DefaultRequestHeaders.Add("X-Api-Key", BenchmarkKeys.AnalystKey);
            var uri = query.RequestUri(api.ServiceRoot, FactSet);
            var (status, body, first) = await GetAsync(http, uri, ct);
            if (status != HttpStatusCode.OK)
            {
                Console.WriteLine($"// SKIPPED our API: GET {uri} answered {(int)status} {status}: {Excerpt(body)}");
                Console.WriteLine($"//   The analyst fact set {FactSet} and $apply come with the issue-4 branches; run again once they are merged.");
                rows.Add($"| Our API ({FactSet}, $apply) over HTTP | skipped: HTTP {(int)status} | | | | | |");
            }
            else
            {
                Check(query.Expected(reference), query.Read(body), "our API");
                var timing = await Timing.MeasureAsync(() => GetCheckedAsync(http, uri, query, reference, "our API", ct), 1, iterations);
                rows.Add(Row($"Our API ({FactSet}, $apply) over HTTP", first, timing, referenceTiming));
            }
        }

        http.DefaultRequestHeaders.Remove("X-Api-Key");
        await using (var ef = await EfODataServer.StartAsync(cache.SqlitePath, ct))
        {
            var uri = query.RequestUri(ef.ServiceRoot, EfODataServer.EntitySet);
            var (status, body, first) = await GetAsync(http, uri, ct);
            if (status != HttpStatusCode.OK)
            {
                throw new InvalidOperationException($"AspNetCore.OData + EF Core: GET {uri} answered {(int)status}: {Excerpt(body)}");
            }

            Check(query.Expected(reference), query.Read(body), "AspNetCore.OData + EF Core");
            var timing = await Timing.MeasureAsync(() => GetCheckedAsync(http, uri, query, reference, "AspNetCore.OData + EF Core", ct), 1, iterations);
            rows.Add(Row("AspNetCore.OData 9.5 + EF Core 10 + SQLite over HTTP", first, timing, referenceTiming));
        }

        MachineLoad.Print("after the runs");
        Console.WriteLine();
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"Registrations by year and sex, {iterations} iterations after 1 warm-up:"));
        Console.WriteLine();
        Console.WriteLine("| Method | First request | Mean | Median | Min | StdDev | Ratio (mean) |");
        Console.WriteLine("|---|---:|---:|---:|---:|---:|---:|");
        rows.ForEach(Console.WriteLine);
        return 0;
    }

    private static async Task<(HttpStatusCode Status, string Body, double Seconds)> GetAsync(HttpClient http, Uri uri, CancellationToken ct)
    {
        var watch = System.Diagnostics.Stopwatch.StartNew();
        using var request = new HttpRequestMessage(HttpMethod.Get, uri);
        request.Headers.Add("Accept", "application/json;odata.metadata=minimal");
        request.Headers.Add("OData-MaxVersion", "4.0");
        using var response = await http.SendAsync(request, ct);
        var body = await response.Content.ReadAsStringAsync(ct);
        return (response.StatusCode, body, watch.Elapsed.TotalSeconds);
    }

    private static async Task GetCheckedAsync(HttpClient http, Uri uri, AggregateQuery query, IReadOnlyList<YearSexCount> reference, string who, CancellationToken ct)
    {
        var (status, body, _) = await GetAsync(http, uri, ct);
        if (status != HttpStatusCode.OK)
        {
            throw new InvalidOperationException($"{who}: GET {uri} answered {(int)status}: {Excerpt(body)}");
        }

        Check(query.Expected(reference), query.Read(body), who);
    }

    private static void Check(IReadOnlyList<YearSexCount> expected, IReadOnlyList<YearSexCount> actual, string who)
    {
        if (!expected.SequenceEqual(actual))
        {
            var diff = expected.Except(actual).Concat(actual.Except(expected)).FirstOrDefault();
            throw new InvalidOperationException($"{who}: {actual.Count} groups differ from the reference's {expected.Count}; first difference: {diff}");
        }
    }

    private static string Row(string method, double? first, Timing timing, Timing reference) => string.Create(CultureInfo.InvariantCulture,
        $"| {method} | {(first is { } f ? Ms(f) : "-")} | {Ms(timing.Mean)} | {Ms(timing.Median)} | {Ms(timing.Min)} | {Ms(timing.StdDev)} | **{timing.Mean / reference.Mean:N2}** |");

    private static string Ms(double seconds) => string.Create(CultureInfo.InvariantCulture, $"{seconds * 1000:N1} ms");

    private static string Excerpt(string body) => body.Length > 300 ? body[..300] + "…" : body;
}
