using System.Diagnostics;
using System.Globalization;
using System.Net.Http.Headers;
using System.Text;
using Stats.Warehouse.OData;
using Xunit.Abstractions;

namespace Stats.Hardening.Tests.Security;

/// <summary>
/// Issue 10, item 5: no request makes DuckDB read or write a file, attach a database or load an extension. Hostile texts go
/// into every parameter of every endpoint (OData query options, skip tokens, vintages, set names, export parameters,
/// portal paths, admin parameters, upload file names by query, header and multipart, contract ids), URL-encoded and, for
/// traversal, byte for byte over a socket. Afterwards: no answer holds the canary file's content, no file a request would
/// have written exists, no upload landed outside its contract's inbox, no request failed with a server error (501, the
/// documented answer for what the feed does not implement, aside), and the served
/// connections are as locked down as before.
/// </summary>
[Collection(SecurityCollection.Name)]
public sealed class HostileRequestTests(SecurityWarehouse warehouse, ITestOutputHelper output)
{
    private const string Cube = "/odata/Indicator_V04";
    private const string Facts = "/odata/Fact_VictimPersonYear";

    [Fact]
    public async Task Issue_10_no_request_makes_duckdb_read_or_write_files_attach_databases_or_load_extensions()
    {
        var watch = Stopwatch.StartNew();
        var payloads = new HostilePayloads(warehouse);
        var keys = warehouse.Keys;
        var requests = new List<Func<HttpRequestMessage>>();
        void Get(string path, string? key) => requests.Add(() => SecurityHttp.Get(path, key));
        static string Q(string text) => Uri.EscapeDataString(text);

        // At scale 1 the payloads as written; each further round adds a mutated copy of every one (case, comments, tabs).
        var random = new Random(10);
        var rounds = HardeningScale.Times(1);
        var sql = Enumerable.Range(0, rounds).SelectMany(round => payloads.Sql.Select(p => round == 0 ? p : HostilePayloads.Mutate(p, random))).ToList();
        foreach (var p in sql)
        {
            Get($"{Cube}?$filter={Q(p)}", null);
            Get($"{Cube}?$filter={Q("Sex eq " + p)}", null);
            Get($"{Cube}?$filter={Q("Sex eq " + HostilePayloads.Literal(p))}", null);
            Get($"{Cube}?$filter={Q("startswith(SexLabel," + p + ")")}", keys.Public);
            Get($"{Cube}?$orderby={Q(p)}", null);
            Get($"{Cube}?$orderby={Q("Sex desc," + p)}", null);
            Get($"{Cube}?$select={Q("Sex," + p)}", null);
            Get($"{Cube}?$filter={Q("Sex eq @p")}&@p={Q(p)}", null);
            requests.Add(() => Carrying(SecurityHttp.Get($"{Cube}?$skiptoken={Q(Token("1", p))}"), p));
            Get($"{Facts}?$apply={Q("filter(" + p + ")/aggregate($count as N)")}", keys.Analyst);
            Get($"{Facts}?$apply={Q("filter(SexCode eq " + HostilePayloads.Literal(p) + ")/aggregate($count as N)")}", keys.Analyst);
            Get($"{Facts}?$apply={Q("groupby((" + p + "),aggregate($count as N))")}", keys.Analyst);
            Get($"{Facts}?$apply={Q("aggregate(" + p + " with sum as N)")}", keys.Admin);
            Get($"/odata/LoadBatches?$filter={Q(p)}", keys.Admin);
        }

        foreach (var p in payloads.Few.Concat(payloads.Traversal))
        {
            Get($"/odata/Indicators?vintage={Q(p)}", null);
            Get($"/odata/vintage/{Q(p)}/Indicators", null);
            Get($"/odata/{Q(p)}", keys.Analyst);
            Get($"/odata/{Q(p)}/$count", null);
            requests.Add(() => Carrying(SecurityHttp.Get($"{Cube}?$skiptoken={Q(Token(p, "F"))}"), p));
            Get($"{Cube}?$top={Q(p)}", null);
            Get($"/exports/{Q(p)}", null);
            Get($"/exports/glotip?indicators={Q(p)}", keys.Analyst);
            Get($"/exports/csv?years={Q(p)}", null);
            Get($"/exports/glotip?vintage={Q(p)}", null);
            Get($"/indicators/{Q(p)}", null);
            Get($"/indicators/{Q(p)}.csv", null);
            Get($"/indicators/V04?by={Q(p)}", null);
            Get($"/admin/runs?job={Q(p)}", keys.Admin);
            requests.Add(() => SecurityHttp.Post($"/admin/jobs/{Q(p)}/run", new StringContent(""), keys.Admin));
            requests.Add(() => SecurityHttp.Post($"/intake/{Q(p)}?fileName=hostile.csv", SecurityHttp.Csv("x;y\n1;2\n"), keys.Admin));
        }

        foreach (var name in payloads.Few.Concat(payloads.Traversal).Concat(payloads.EscapeNames))
        {
            requests.Add(() => SecurityHttp.Post($"/intake/{SecurityWarehouse.Contract}?fileName={Q(name)}", SecurityHttp.Csv("x;y\n1;2\n"), keys.Agency));
            requests.Add(() => Disposition(name, keys.Agency));
            requests.Add(() => Multipart(name, keys.Admin));
        }

        var checks = SecurityChecks.For(warehouse);
        var http = new SecurityHttp(warehouse.Http, checks);
        var answers = new System.Collections.Concurrent.ConcurrentBag<SecurityAnswer>();
        await Parallel.ForEachAsync(requests, new ParallelOptions { MaxDegreeOfParallelism = 4 }, async (make, _) => answers.Add(await http.SendAsync(make())));
        foreach (var (method, target, key) in RawTargets(payloads))
        {
            answers.Add(await RawHttp.SendAsync(warehouse.Root, method, target, key, checks));
        }

        await InboxDrainedAsync(TimeSpan.FromSeconds(30));
        var strays = Strays();
        var byStatus = answers.GroupBy(a => (int)a.Status).OrderBy(g => g.Key).Select(g => $"{g.Key}×{g.Count()}");
        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"hostile requests sent: {answers.Count} ({requests.Count} over HTTP, {answers.Count - requests.Count} byte for byte), answered {string.Join(", ", byStatus)} ({checks.ServerRefusals} refused by Kestrel before the pipeline: a NUL in the path), in {watch.Elapsed.TotalSeconds:0.0} s"));

        answers.Where(a => (int)a.Status >= 500 && (int)a.Status != 501).Select(a => $"{a}: {a.Body}")
            .Should().BeEmpty("a hostile request is refused, answered or (a construct the feed does not implement) 501, never a server error");
        checks.Problems.Should().BeEmpty();
        strays.Should().BeEmpty("no request may write a file outside the contract's inbox");
        foreach (var role in Enum.GetValues<ODataRole>())
        {
            await using var connection = await (await warehouse.Source.GetAsync(role, null, CancellationToken.None)).OpenConnectionAsync(CancellationToken.None);
            (await ServedConnectionTests.SettingAsync(connection, "enable_external_access")).Should().Be("false");
            (await ServedConnectionTests.SettingAsync(connection, "lock_configuration")).Should().Be("true");
        }
    }

    /// <summary>A forged $skiptoken: base64url JSON {v: vintage, n: 0, k: [["s", key]]}, as <c>SkipToken</c> writes them.</summary>
    private static string Token(string vintage, string key)
    {
        var json = new System.Text.Json.Nodes.JsonObject { ["v"] = vintage, ["n"] = 0, ["k"] = new System.Text.Json.Nodes.JsonArray(new System.Text.Json.Nodes.JsonArray("s", key)) };
        return System.Buffers.Text.Base64Url.EncodeToString(Encoding.UTF8.GetBytes(json.ToJsonString()));
    }

    private static HttpRequestMessage Carrying(HttpRequestMessage request, string payload)
    {
        request.Options.Set(SecurityHttp.Carries, payload);
        return request;
    }

    /// <summary>A raw upload naming its file in Content-Disposition (RFC 5987 filename*, which carries any character).</summary>
    private static HttpRequestMessage Disposition(string name, string key)
    {
        var content = SecurityHttp.Csv("x;y\n1;2\n");
        content.Headers.TryAddWithoutValidation("Content-Disposition", "attachment; filename*=UTF-8''" + Uri.EscapeDataString(name));
        return SecurityHttp.Post($"/intake/{SecurityWarehouse.Contract}", content, key);
    }

    private static HttpRequestMessage Multipart(string name, string key)
    {
        var form = new MultipartFormDataContent();
        var file = new ByteArrayContent(Encoding.UTF8.GetBytes("x;y\n1;2\n"));
        file.Headers.ContentType = new MediaTypeHeaderValue("text/csv");
        file.Headers.TryAddWithoutValidation("Content-Disposition", "form-data; name=\"file\"; filename*=UTF-8''" + Uri.EscapeDataString(name));
        form.Add(file);
        return SecurityHttp.Post($"/intake/{SecurityWarehouse.Contract}", form, key);
    }

    /// <summary>Traversal as written, dots and encoded slashes included, for each path that names something.</summary>
    private IEnumerable<(string Method, string Target, string? Key)> RawTargets(HostilePayloads payloads)
    {
        var canary = warehouse.CanaryCsv;
        var up = string.Concat(Enumerable.Repeat("../", 8));
        var upEncoded = string.Concat(Enumerable.Repeat("..%2F", 8));
        var upDots = string.Concat(Enumerable.Repeat("%2e%2e/", 8));
        foreach (var prefix in new[] { "/indicators/", "/exports/", "/odata/", "/odata/vintage/", "/portal.css/", "/admin/jobs/", "/" })
        {
            yield return ("GET", prefix + up + canary.TrimStart('/'), null);
            yield return ("GET", prefix + upEncoded + canary.TrimStart('/').Replace("/", "%2F", StringComparison.Ordinal), null);
            yield return ("GET", prefix + upDots + canary.TrimStart('/'), null);
        }

        yield return ("GET", "//" + canary.TrimStart('/'), null);
        yield return ("GET", "/indicators/V04.csv%00.txt", null);
        yield return ("GET", "/exports/glotip?indicators=" + upEncoded + "x", warehouse.Keys.Analyst);
        yield return ("GET", "/odata/Indicators?vintage=" + upEncoded + "1", null);
        foreach (var name in payloads.EscapeNames.Take(4))
        {
            yield return ("POST", $"/intake/{SecurityWarehouse.Contract}?fileName={Uri.EscapeDataString(name)}", warehouse.Keys.Agency);
        }

        yield return ("POST", $"/intake/{SecurityWarehouse.Contract}?fileName=..%2F..%2Fescape-11.csv", warehouse.Keys.Agency);
        yield return ("POST", "/intake/..%2F" + SecurityWarehouse.Contract + "?fileName=escape-12.csv", warehouse.Keys.Admin);
    }

    /// <summary>Accepted uploads go to the inbox and the pull job moves them on; the check waits for that, so the job's own writes are seen too.</summary>
    private async Task InboxDrainedAsync(TimeSpan timeout)
    {
        var inbox = Path.Combine(warehouse.DataPath, "inbox", SecurityWarehouse.Contract);
        var until = DateTime.UtcNow + timeout;
        while (DateTime.UtcNow < until && Directory.Exists(inbox) && Directory.EnumerateFiles(inbox).Any(f => !f.EndsWith(".ready", StringComparison.Ordinal)))
        {
            await Task.Delay(250);
        }
    }

    /// <summary>Files named like a hostile write target anywhere but inside the contract's inbox (where a bare upload name belongs).</summary>
    private List<string> Strays()
    {
        var inbox = Path.Combine(warehouse.DataPath, "inbox") + Path.DirectorySeparatorChar;
        var places = new[] { warehouse.RootPath, Environment.CurrentDirectory, Path.GetTempPath() };
        return places.SelectMany(place => Directory.EnumerateFiles(place, "*", place == warehouse.RootPath ? SearchOption.AllDirectories : SearchOption.TopDirectoryOnly))
            .Where(f => Path.GetFileName(f).Contains("written-", StringComparison.Ordinal) || Path.GetFileName(f).Contains("escape-", StringComparison.Ordinal))
            .Where(f => !f.StartsWith(inbox, StringComparison.Ordinal))
            .Concat(Directory.EnumerateFiles(warehouse.CanaryPath).Where(f => !f.StartsWith(warehouse.CanaryCsv, StringComparison.Ordinal) && !f.StartsWith(warehouse.CanaryDatabase, StringComparison.Ordinal)))
            .Distinct()
            .ToList();
    }
}
