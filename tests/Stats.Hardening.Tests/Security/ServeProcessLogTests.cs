using System.Globalization;
using System.Net;
using Stats.EndToEnd.Tests;
using Xunit.Abstractions;

namespace Stats.Hardening.Tests.Security;

/// <summary>
/// Issue 10, item 5, through the real `stats serve` process at log level Trace (as an operator chasing a problem would run
/// it): everything it prints while keys are used in every accepted way, refused, created, revoked and refused again, and
/// deliveries with linkage keys and names are uploaded and processed, holds no key, no key hash and no row value. The same
/// session is rate-limited on purpose, so the 429 answers' headers are checked too.
/// </summary>
[Collection(SecurityCollection.Name)]
public sealed class ServeProcessLogTests(SecurityWarehouse warehouse, ITestOutputHelper output)
{
    [Fact]
    public async Task Issue_10_the_output_of_a_real_stats_serve_holds_no_key_hash_or_row_value()
    {
        var watch = System.Diagnostics.Stopwatch.StartNew();
        var phases = new List<string>();
        void Phase(string what) => phases.Add(string.Create(CultureInfo.InvariantCulture, $"{what} {watch.Elapsed.TotalSeconds:0.0} s"));
        var data = Path.Combine(warehouse.RootPath, "serve-" + Guid.NewGuid().ToString("N")[..8]);
        SecurityWarehouse.CopyFolder(warehouse.PristinePath, data);
        var environment = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["STATS_Api__KeyCacheDuration"] = "00:00:01",
            ["STATS_Scheduler__PublishDelay"] = "01:00:00",
            ["STATS_Scheduler__IdleWait"] = "00:00:01",
            ["STATS_Intake__ScanInterval"] = "00:00:01",
            ["STATS_Intake__StableFor"] = "00:00:01",
            ["STATS_Pack__Schedule"] = "",
            ["Logging__LogLevel__Default"] = "Trace",
        };
        await using var serve = Issue5StatsProcess.Serve(data, environment);
        using var client = new HttpClient { BaseAddress = await serve.AddressAsync(TimeSpan.FromSeconds(60)), Timeout = TimeSpan.FromSeconds(60) };
        Phase("started");
        var checks = SecurityChecks.For(warehouse);
        var http = new SecurityHttp(client, checks);
        var keys = warehouse.Keys;
        var sent = new List<string>();
        var name = "process-" + Guid.NewGuid().ToString("N")[..8];
        var fresh = await warehouse.KeyAsync("admin", name, dataPath: data);
        var requests = 0;
        foreach (var path in new[] { "/odata/Indicators", "/odata/Fact_VictimPersonYear?$apply=aggregate($count as N)", "/admin/runs?limit=1", "/indicators/V04" })
        {
            foreach (var key in new[] { fresh, keys.Public, keys.Analyst, keys.Agency, keys.Bad, keys.Revoked })
            {
                foreach (var request in KeyUse.AllWays(path, key, sent))
                {
                    await http.SendAsync(request);
                    requests++;
                }
            }
        }

        foreach (var request in KeyUse.Broken("/odata", keys.Analyst, fresh, sent))
        {
            await http.SendAsync(request);
            requests++;
        }

        Phase("keys used");
        await SecurityWarehouse.Cli("keys", "revoke", "--name", name, "--data", data);
        await Task.Delay(TimeSpan.FromSeconds(1.3));
        (await http.SendAsync(SecurityHttp.Get("/odata", fresh))).Status.Should().Be(HttpStatusCode.Unauthorized);
        var (rowRules, identifying) = LogScan.Deliveries(warehouse);
        (await http.SendAsync(UploadRuns.Raw(rowRules, "police_victims_2025_process-rows.csv", keys.Agency))).Status.Should().Be(HttpStatusCode.Accepted);
        (await http.SendAsync(UploadRuns.MultipartWithQueryKey(identifying, "police_victims_2025_process-names.csv", keys.Agency))).Status.Should().Be(HttpStatusCode.Accepted);
        await UploadRuns.WaitAsync(client, keys.Admin, Path.Combine(data, "inbox", SecurityWarehouse.Contract), 2, TimeSpan.FromSeconds(90));

        Phase("uploads processed");

        // The anonymous bucket holds 100 requests: a burst past it is answered 429, with the same headers as any answer.
        var burst = await Task.WhenAll(Enumerable.Range(0, 130).Select(_ => http.SendAsync(SecurityHttp.Get("/portal.css"))));
        burst.Should().Contain(a => a.Status == HttpStatusCode.TooManyRequests);

        // The console logger writes on its own thread: the last request's access line shows that everything before it is out.
        var marker = "EndOfSession" + Guid.NewGuid().ToString("N");
        await http.SendAsync(SecurityHttp.Get("/odata/" + marker, keys.Admin));
        var until = DateTime.UtcNow.AddSeconds(20);
        while (!serve.Output.Contains(marker, StringComparison.Ordinal) && DateTime.UtcNow < until)
        {
            await Task.Delay(200);
        }

        Phase("logged");
        var lines = serve.Output.Split('\n');
        var forbidden = LogScan.Forbidden(keys, fresh, sent, rowRules, identifying);
        var findings = LogScan.Findings(lines, forbidden, LogScan.Digests(Path.Combine(data, "inbox")));
        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"keys never logged (stats serve process, log level Trace): {lines.Length} output lines scanned for {forbidden.Distinct().Count()} forbidden texts after {requests + 134} requests ({burst.Count(a => a.Status == HttpStatusCode.TooManyRequests)} answered 429), {checks.Answers} answers header-checked; {string.Join(", ", phases)}"));
        serve.Output.Should().Contain(marker, "the session's last request was logged");
        serve.Output.Should().Contain($"key '{name}'").And.Contain("police_victims_2025_process-names.csv");
        findings.Should().BeEmpty();
        checks.Problems.Should().BeEmpty();
    }
}
