using System.Diagnostics;
using System.Globalization;
using System.Net.Http.Headers;
using System.Text;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Logging;
using Stats.Api;
using Stats.Api.Intake;
using Stats.Api.Operations;
using Stats.Catalog;
using Stats.Host.Serving;
using Stats.Warehouse;
using Xunit.Abstractions;

namespace Stats.Hardening.Tests.Security;

/// <summary>
/// Issue 10, item 5: no answer shows the server's insides. Errors are provoked on every mapped endpoint (bad input, unknown
/// ids, oversized bodies, wrong content types and methods, broken credentials) and, in a second server, every part behind
/// the endpoints fails (a corrupt snapshot, a key store, health, run history, scheduler and inbox that throw): every error
/// body is free of stack traces, exception names, namespaces and file paths, and carries the security headers.
/// </summary>
[Collection(SecurityCollection.Name)]
public sealed class ErrorBodyTests(SecurityWarehouse warehouse, ITestOutputHelper output)
{
    [Fact]
    public async Task Issue_10_errors_provoked_on_every_endpoint_show_nothing_of_the_server()
    {
        var watch = Stopwatch.StartNew();
        var keys = warehouse.Keys;
        var big = new string('x', 70 * 1024) + "\n";
        var probes = new Dictionary<(string, string), List<Func<HttpRequestMessage>>>();
        void On(string method, string pattern, params Func<HttpRequestMessage>[] requests) =>
            (probes.TryGetValue((method, pattern), out var list) ? list : probes[(method, pattern)] = []).AddRange(requests);
        static Func<HttpRequestMessage> Get(string path, string? key = null) => () => SecurityHttp.Get(path, key);

        foreach (var root in new[] { "/odata", "/odata/vintage/{vintage}" })
        {
            var at = root.Replace("{vintage}", "1", StringComparison.Ordinal);
            On("GET", root, Get(root == "/odata" ? "/odata?vintage=abc" : "/odata/vintage/999999"), Get(root == "/odata" ? "/odata?vintage=1&vintage=2" : "/odata/vintage/abc"), Get(at, "stats_unknown"),
                () => Basic(at, "not base64!"), () => Conflicting(at, keys));
            On("GET", root + "/$metadata", Get(root == "/odata" ? "/odata/$metadata?vintage=-1" : "/odata/vintage/-1/$metadata"), Get(at + "/$metadata", ""));
            On("GET", root + "/{set}",
                Get(at + "/NoSuchSet"), Get(at + "/Indicator_V04?$filter=Nope eq 1"), Get(at + "/Indicator_V04?$filter=" + Uri.EscapeDataString(Nested(400))),
                Get(at + "/Indicator_V04?$top=99999999999999999999"), Get(at + "/Indicator_V04?$skip=-1"), Get(at + "/Indicator_V04?$count=maybe"),
                Get(at + "/Indicator_V04?$expand=X"), Get(at + "/Indicator_V04?$format=xml"), Get(at + "/Indicator_V04?$skiptoken=%%%"),
                Get(at + "/Indicator_V04?$filter=" + Uri.EscapeDataString("Sex eq 2025")),
                Get(at + "/Indicator_V04?$filter=" + Uri.EscapeDataString("cast(Sex, Edm.Int32) eq 1")), Get(at + "/Indicator_V04?$orderby=Value%20sideways"),
                Get(at + "/Indicator_V04?$select=Nope"), Get(at + "/Indicator_V04?$unknown=1"), Get(at + "/Indicator_V04?$filter=1&$filter=2"),
                Get(at + "/Fact_VictimPersonYear?$apply=groupby((Nope))", keys.Analyst), Get(at + "/Fact_VictimPersonYear?$apply=nonsense(", keys.Analyst),
                Get(at + "/Fact_VictimPersonYear?$apply=aggregate($count as N)&$top=1", keys.Analyst), Get(at + "/LoadBatches", keys.Analyst),
                Get(at + "/Fact_VictimPersonYear", keys.Admin));
            On("GET", root + "/{set}/$count", Get(at + "/NoSuchSet/$count"), Get(at + "/Indicator_V04/$count?$filter=Sex%20eq"), Get(at + "/LoadBatches/$count"));
        }

        On("GET", "/", () => Basic("/", "Og=="), Get("/", keys.Bad));
        On("GET", "/indicators/{id}", Get("/indicators/NOPE"), Get("/indicators/V04?by=nope"), Get("/indicators/V04?by=sex&by=age"), Get("/indicators/V04.csv?by=sex,nope"));
        On("GET", "/portal.css", Get("/portal.css", keys.Revoked));
        On("GET", "/exports", Get("/exports", keys.Bad));
        On("GET", "/exports/{format}", Get("/exports/nope"), Get("/exports/glotip?years=abc"), Get("/exports/glotip?vintage=999"), Get("/exports/glotip?role=analyst"),
            Get("/exports/glotip?indicators=NOPE"), Get("/exports/csv?years=1800"), Get("/exports/csv?vintage=1&vintage=2"));
        On("POST", "/intake/{contractId}",
            () => SecurityHttp.Post("/intake/" + SecurityWarehouse.Contract + "?fileName=x.csv", Typed("x;y\n", "application/xml"), keys.Agency),
            () => SecurityHttp.Post("/intake/" + SecurityWarehouse.Contract + "?fileName=x.csv", SecurityHttp.Csv(big), keys.Agency),
            () => SecurityHttp.Post("/intake/" + SecurityWarehouse.Contract + "?fileName=x.csv", SecurityHttp.Csv(""), keys.Agency),
            () => SecurityHttp.Post("/intake/" + SecurityWarehouse.Contract + "?fileName=x.xml", SecurityHttp.Csv("x;y\n"), keys.Agency),
            () => SecurityHttp.Post("/intake/" + SecurityWarehouse.Contract, SecurityHttp.Csv("x;y\n"), keys.Agency),
            () => SecurityHttp.Post("/intake/" + SecurityWarehouse.Contract, Typed("--b\r\nbroken", "multipart/form-data"), keys.Agency),
            () => SecurityHttp.Post("/intake/" + SecurityWarehouse.Contract, Typed("--b\r\nContent-Disposition: form-data; name=\"f\"\r\n\r\n", "multipart/form-data; boundary=b"), keys.Agency),
            () => SecurityHttp.Post("/intake/" + SecurityWarehouse.Contract,
                Typed("--b\r\nContent-Disposition: form-data; name=\"file\"; filename=\"t.csv\"\r\nContent-Type: text/csv\r\n\r\nx;y\n1;2", "multipart/form-data; boundary=b"), keys.Agency),
            () => SecurityHttp.Post("/intake/no-such-contract?fileName=x.csv", SecurityHttp.Csv("x;y\n"), keys.Admin),
            () => SecurityHttp.Post("/intake/" + SecurityWarehouse.Contract + "?fileName=x.csv", SecurityHttp.Csv("x;y\n"), keys.AgencyOther));
        On("GET", "/health", Get("/health", keys.Revoked));
        On("GET", "/admin/runs", Get("/admin/runs?limit=abc", keys.Admin), Get("/admin/runs?limit=0", keys.Admin), Get("/admin/runs?job=", keys.Admin), Get("/admin/runs?limit=1&limit=2", keys.Admin));
        On("GET", "/admin/jobs", Get("/admin/jobs", keys.Public));
        On("POST", "/admin/jobs/{job}/run", () => SecurityHttp.Post("/admin/jobs/no-such-job/run", new StringContent(""), keys.Admin));

        var mapped = MappedEndpoints.Of(warehouse.App);
        mapped.Where(m => !probes.ContainsKey(m)).Should().BeEmpty("every mapped endpoint gets its errors provoked");

        // Wrong methods on every endpoint, and paths nothing is mapped at.
        var wrongMethods = mapped.Select(m => m.Item2.Replace("{vintage}", "1", StringComparison.Ordinal).Replace("{set}", "Indicators", StringComparison.Ordinal)
                .Replace("{id}", "V04", StringComparison.Ordinal).Replace("{format}", "csv", StringComparison.Ordinal)
                .Replace("{contractId}", SecurityWarehouse.Contract, StringComparison.Ordinal).Replace("{job}", "publish", StringComparison.Ordinal))
            .Distinct()
            .SelectMany(path => new[] { HttpMethod.Put, HttpMethod.Delete, HttpMethod.Patch }.Select(method => (Func<HttpRequestMessage>)(() =>
                SecurityHttp.With(new HttpRequestMessage(method, new Uri(path, UriKind.Relative)) { Content = SecurityHttp.Csv(big) }, keys.Admin))))
            .Append(Get("/no/such/path"))
            .Append(Get("/odata/Indicators/Nope/Deeper"))
            .Append(() => SecurityHttp.Get("/admin/jobs/publish/run", keys.Admin));

        var checks = SecurityChecks.For(warehouse);
        var http = new SecurityHttp(warehouse.Http, checks);
        var answers = new List<SecurityAnswer>();
        foreach (var make in probes.Values.SelectMany(p => p).Concat(wrongMethods))
        {
            answers.Add(await http.SendAsync(make()));
        }

        var errors = answers.Count(a => (int)a.Status >= 400);
        foreach (var failed in answers.Where(a => (int)a.Status >= 500))
        {
            output.WriteLine($"server error (body checked): {failed} {failed.Body}");

        }

        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"errors provoked: {answers.Count} requests on {mapped.Count} endpoints and unmapped paths, {errors} error answers checked ({Statuses(answers)}), in {watch.Elapsed.TotalSeconds:0.0} s"));
        answers.Where(a => (int)a.Status < 400).Select(a => a.ToString()).Should().BeEmpty("each of these requests is wrong");
        answers.Where(a => (int)a.Status >= 500 && (int)a.Status != 501).Select(a => $"{a}: {a.Body}")
            .Should().BeEmpty("a wrong request is the caller's error (4xx), or 501 for what the feed does not implement");
        checks.Problems.Should().BeEmpty();
    }

    [Fact]
    public async Task Issue_10_a_failing_part_behind_any_endpoint_is_an_error_body_without_its_insides_and_is_logged()
    {
        // A copy of the warehouse whose snapshot file is garbage: opening it throws DuckDB's error, with the file's path.
        var data = Path.Combine(warehouse.RootPath, "broken-" + Guid.NewGuid().ToString("N")[..8]);
        SecurityWarehouse.CopyFolder(warehouse.PristinePath, data);
        foreach (var snapshot in Directory.EnumerateFiles(Path.Combine(data, "vintages"), "*.duckdb"))
        {
            await File.WriteAllBytesAsync(snapshot, Encoding.ASCII.GetBytes(string.Concat(Enumerable.Repeat("not a database ", 1000))));
        }

        var log = new LogRecorder();
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(SecurityWarehouse.Settings()).Build();
        using var source = new CurrentVintageModelSource(new WarehouseOptions { DataDirectory = data });
        var catalogKeys = FeedServer.CatalogKeys(new CatalogOptions(), data, TimeProvider.System);
        await using var app = FeedServer.Build(
            source, "http://127.0.0.1:0", services => new BrokenParts.KeyStore(catalogKeys(services)), configuration,
            logging: l =>
            {
                l.ClearProviders();
                l.AddProvider(log);
            },
            compose: services =>
            {
                services.AddStatsOperations(health: _ => new BrokenParts.Health(), runs: _ => new BrokenParts.Runs(), jobs: _ => new BrokenParts.Scheduler());
                services.AddStatsIntake(_ => new BrokenParts.Inbox());
            });
        await app.StartAsync();
        using var client = new HttpClient { BaseAddress = new Uri(FeedServer.Addresses(app).Single() + "/") };
        var checks = new ResponseChecks([data, warehouse.RootPath, BrokenParts.Marker, "/var/lib/stats"], warehouse.CanaryToken);
        var http = new SecurityHttp(client, checks);
        var admin = warehouse.Keys.Admin;
        var requests = new List<Func<HttpRequestMessage>>
        {
            () => SecurityHttp.Get("/odata/Indicators", BrokenParts.ThrowingKey),
            () => SecurityHttp.Get("/portal.css", BrokenParts.ThrowingKey),
            () => SecurityHttp.Post("/intake/" + SecurityWarehouse.Contract + "?fileName=d.csv", SecurityHttp.Csv("x;y\n"), admin),
            () => SecurityHttp.Get("/health"),
            () => SecurityHttp.Get("/admin/runs", admin),
            () => SecurityHttp.Get("/admin/jobs", admin),
            () => SecurityHttp.Post("/admin/jobs/publish/run", new StringContent(""), admin),
        };
        foreach (var path in new[] { "/odata", "/odata/$metadata", "/odata/Indicators", "/odata/Indicators/$count", "/odata/vintage/1", "/odata/vintage/1/$metadata",
                     "/odata/vintage/1/Indicators", "/odata/vintage/1/Indicators/$count", "/", "/indicators/V04", "/indicators/V04.csv", "/exports/glotip", "/exports/csv?indicators=V04" })
        {
            requests.Add(() => SecurityHttp.Get(path, admin));
            requests.Add(() => SecurityHttp.Get(path));
        }

        var answers = new List<SecurityAnswer>();
        foreach (var make in requests)
        {
            answers.Add(await http.SendAsync(make()));
        }

        await app.StopAsync();
        output.WriteLine($"failing parts: {answers.Count} requests, {answers.Count(a => (int)a.Status >= 500)} server errors checked ({Statuses(answers)}), {log.Lines.Count} log lines");
        answers.Where(a => (int)a.Status < 500).Select(a => a.ToString()).Should().BeEmpty("every request here meets a failing part");
        checks.Problems.Should().BeEmpty();
        log.Lines.Count(l => l.Contains(BrokenParts.Marker, StringComparison.Ordinal) || l.Contains("not a database", StringComparison.OrdinalIgnoreCase) || l.Contains("DuckDB", StringComparison.Ordinal))
            .Should().BeGreaterThan(0, "the cause of a 500 is in the server log");
        log.Lines.Where(l => l.Contains(BrokenParts.Marker, StringComparison.Ordinal)).Should().Contain(l => l.Contains("   at ", StringComparison.Ordinal), "the log keeps the stack trace the answer leaves out");
    }

    private static string Statuses(IEnumerable<SecurityAnswer> answers) =>
        string.Join(", ", answers.GroupBy(a => (int)a.Status).OrderBy(g => g.Key).Select(g => $"{g.Key}×{g.Count()}"));

    /// <summary>A $filter nested deeper than the translator's node limit.</summary>
    private static string Nested(int depth) => string.Concat(Enumerable.Repeat("(", depth)) + "Year eq 1" + string.Concat(Enumerable.Repeat(")", depth));

    private static HttpContent Typed(string text, string contentType)
    {
        var content = new ByteArrayContent(Encoding.UTF8.GetBytes(text));
        content.Headers.TryAddWithoutValidation("Content-Type", contentType);
        return content;
    }

    private static HttpRequestMessage Basic(string path, string credentials)
    {
        var request = SecurityHttp.Get(path);
        request.Headers.TryAddWithoutValidation("Authorization", "Basic " + credentials);
        return request;
    }

    private static HttpRequestMessage Conflicting(string path, SecurityKeys keys)
    {
        var request = SecurityHttp.Get(path, keys.Public);
        request.Headers.Authorization = new AuthenticationHeaderValue("Basic", Convert.ToBase64String(Encoding.UTF8.GetBytes("x:" + keys.Analyst)));
        return request;
    }
}
