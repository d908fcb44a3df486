using System.Globalization;
using System.Net;
using System.Text.Json;
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
        await FactWarehouseCache.Default.EnsureAsync(ct);
        MachineLoad.Print("before the runs");
        var measured = await MeasureAsync(iterations, countOnly, ct);
        MachineLoad.Print("after the runs");
        Console.WriteLine();
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"Registrations by year and sex, {iterations} iterations after 1 warm-up:"));
        Console.WriteLine();
        Console.WriteLine(Report.ReportRenderer.TimingMarkdown(measured.Table(countOnly ? "aggregate_count" : "aggregate_persons")));
        measured.Skipped.ToList().ForEach(s => Console.WriteLine("// skipped: " + s));
        return 0;
    }

    /// <summary>The three ways, each checked against the reference and then timed: 1 warm-up, <paramref name="iterations"/> runs.</summary>
    public static async Task<ODataAggregateMeasurement> MeasureAsync(int iterations, bool countOnly, CancellationToken ct)
    {
        var cache = FactWarehouseCache.Default;
        await cache.EnsureAsync(ct);
        var query = new AggregateQuery(countOnly);
        Console.WriteLine($"// $apply={query.Apply}");

        await using var duck = new DuckDBConnection($"Data Source={cache.DuckDbPath};ACCESS_MODE=READ_ONLY");
        await duck.OpenAsync(ct);
        var reference = await ReferenceAggregate.RunAsync(duck, countOnly, ct);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"// reference: {reference.Count} groups, {reference.Sum(g => g.Registrations):N0} registrations, {reference.Sum(g => g.Persons):N0} person-groups"));

        var rows = new List<ODataAggregateCase>();
        var skipped = new List<string>();
        var referenceTiming = await Timing.MeasureAsync(async () => Check(reference, await ReferenceAggregate.RunAsync(duck, countOnly, ct), "reference"), 1, iterations);
        rows.Add(new(countOnly ? "DuckDB SQL on the file: `count(*)` per group (reference)" : "DuckDB SQL on the file: `count(*)`, `count(DISTINCT person_key)` per group (reference)",
            null, referenceTiming, true));

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
                skipped.Add(string.Create(CultureInfo.InvariantCulture, $"our API ({FactSet}, $apply) answered HTTP {(int)status} ({Excerpt(ErrorMessage(body))})"));
            }
            else
            {
                Check(query.Expected(reference), query.Read(body), "our API");
                var timing = await Timing.MeasureAsync(() => GetCheckedAsync(http, uri, query, reference, "our API", ct), 1, iterations);
                rows.Add(new($"Our API (`{FactSet}`, `$apply`) over HTTP", first, timing, false));
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
            rows.Add(new("AspNetCore.OData + EF Core + SQLite over HTTP", first, timing, false));
        }

        return new ODataAggregateMeasurement(rows, skipped);
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

    /// <summary>The OData error's message if the body is one, else the body.</summary>
    private static string ErrorMessage(string body)
    {
        try
        {
            using var document = JsonDocument.Parse(body);
            return document.RootElement.TryGetProperty("error", out var error) && error.TryGetProperty("message", out var message)
                ? message.GetString() ?? body
                : body;
        }
        catch (JsonException)
        {
            return body;
        }
    }

    private static string Excerpt(string body) => body.Length > 300 ? body[..300] + "…" : body;
}
