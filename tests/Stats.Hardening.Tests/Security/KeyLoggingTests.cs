using System.Globalization;
using System.Net;
using Xunit.Abstractions;

namespace Stats.Hardening.Tests.Security;

/// <summary>
/// Issue 10, item 5: keys are never logged, nor their hashes, nor row values. A server session (the real serve composition,
/// every log line recorded at every level with its structured values) sees keys created, used in every accepted way,
/// refused, revoked and refused again, and deliveries carrying linkage keys and a name column uploaded and processed by the
/// scheduler; then the whole log is scanned.
/// </summary>
[Collection(SecurityCollection.Name)]
public sealed class KeyLoggingTests(SecurityWarehouse warehouse, ITestOutputHelper output)
{
    [Fact]
    public async Task Issue_10_no_key_hash_or_row_value_reaches_the_log_of_a_server_session()
    {
        var keys = warehouse.Keys;
        var checks = SecurityChecks.For(warehouse);
        var http = new SecurityHttp(warehouse.Http, checks);
        var sent = new List<string>();
        var name = "logged-" + Guid.NewGuid().ToString("N")[..8];
        var fresh = await warehouse.KeyAsync("analyst", name);
        var requests = 0;
        async Task<SecurityAnswer> Send(HttpRequestMessage request)
        {
            requests++;
            return await http.SendAsync(request);
        }

        var paths = new[] { "/odata/Indicators", "/odata/Fact_VictimPersonYear?$apply=groupby((SexCode),aggregate($count as N))", "/exports", "/indicators/V04", "/health", "/admin/jobs" };
        foreach (var path in paths)
        {
            foreach (var key in new[] { fresh, keys.Public, keys.Admin, keys.Agency, keys.Bad, keys.Revoked })
            {
                foreach (var request in KeyUse.AllWays(path, key, sent))
                {
                    await Send(request);
                }
            }
        }

        foreach (var request in KeyUse.Broken("/odata/Indicators", keys.Analyst, keys.Admin, sent))
        {
            (await Send(request)).Status.Should().BeOneOf(HttpStatusCode.BadRequest, HttpStatusCode.Unauthorized);
        }

        await SecurityWarehouse.Cli("keys", "revoke", "--name", name, "--data", warehouse.DataPath);
        await Task.Delay(TimeSpan.FromSeconds(1.3));
        foreach (var request in KeyUse.AllWays("/odata/Indicators", fresh, sent))
        {
            (await Send(request)).Status.Should().Be(HttpStatusCode.Unauthorized, "the key was revoked more than the 1 s key cache ago");
        }

        var (rowRules, identifying) = LogScan.Deliveries(warehouse);
        (await Send(UploadRuns.Raw(rowRules, $"police_victims_2025_logscan-{name}-rows.csv", keys.Agency))).Status.Should().Be(HttpStatusCode.Accepted);
        (await Send(UploadRuns.MultipartWithQueryKey(identifying, $"police_victims_2025_logscan-{name}-names.csv", keys.Agency))).Status.Should().Be(HttpStatusCode.Accepted);
        await UploadRuns.WaitAsync(warehouse.Http, keys.Admin, Path.Combine(warehouse.DataPath, "inbox", SecurityWarehouse.Contract), 2, TimeSpan.FromSeconds(60));

        var lines = warehouse.Log.Lines;
        var forbidden = LogScan.Forbidden(keys, fresh, sent, rowRules, identifying);
        var findings = LogScan.Findings(lines, forbidden, LogScan.Digests(Path.Combine(warehouse.DataPath, "inbox")));
        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"keys never logged (in-process): {lines.Count} log lines scanned (every level, structured values included) for {forbidden.Distinct().Count()} forbidden texts after {requests} requests with keys"));
        lines.Should().Contain(l => l.Contains($"key '{name}'", StringComparison.Ordinal), "the access log names the key");
        lines.Should().Contain(l => l.Contains($"police_victims_2025_logscan-{name}-names.csv", StringComparison.Ordinal) && l.Contains("refused", StringComparison.OrdinalIgnoreCase), "the delivery with a name column was refused by the scheduler's intake");
        findings.Should().BeEmpty();
        checks.Problems.Should().BeEmpty();
    }
}
