using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using Microsoft.Extensions.Configuration;
using Stats.Api;
using Stats.Catalog;
using Stats.Host.Serving;
using Stats.Warehouse;
using Stats.Warehouse.OData;
using Stats.Warehouse.Vintages;

namespace Stats.EndToEnd.Tests;

/// <summary>
/// Issue 4 (access): keys made with `stats keys add` against a demo data folder, served by the real composition on Kestrel.
/// Every entity set of the admin model × {no key, bad key, public, analyst, admin} gets the status its role allows.
/// </summary>
public sealed class Issue4AccessMatrixTests : IDisposable
{
    private readonly TempDataFolder _data = new();

    [Fact]
    public async Task Issue_4_every_set_answers_each_caller_as_its_role_allows()
    {
        (await CliRun.RunAsync("demo", "--no-serve", "--data", _data.Path)).ExitCode.Should().Be(0);
        var keys = new Dictionary<string, string>();
        foreach (var role in new[] { "public", "analyst", "admin" })
        {
            var run = await CliRun.RunAsync("keys", "add", "--role", role, "--name", role + "-client", "--data", _data.Path);
            run.ExitCode.Should().Be(0, run.Error);
            keys[role] = run.Output.Split('\n', StringSplitOptions.TrimEntries).Single(l => l.StartsWith("stats_", StringComparison.Ordinal));
        }

        // Which role may read which set: the published model of each role, read from the snapshot (not through HTTP).
        var setsOf = new Dictionary<ODataRole, HashSet<string>>();
        var factSets = new HashSet<string>(StringComparer.Ordinal);
        await using (var snapshot = await new VintageStore(new WarehouseOptions { DataDirectory = _data.Path })
            .OpenReadOnlyAsync(new VintageStore(new WarehouseOptions { DataDirectory = _data.Path }).Current()!, CancellationToken.None))
        {
            foreach (var role in Enum.GetValues<ODataRole>())
            {
                var sets = await PublishedSets.ReadAsync(snapshot, role, CancellationToken.None);
                setsOf[role] = sets.Select(s => s.Name).ToHashSet();
                factSets.UnionWith(sets.Where(s => s.Disclosure is not null).Select(s => s.Name));
            }
        }

        setsOf[ODataRole.Admin].Should().Contain("LoadBatches").And.Contain("Indicator_V04");
        setsOf[ODataRole.Analyst].Should().NotContain("LoadBatches");
        setsOf[ODataRole.Public].Should().BeSubsetOf(setsOf[ODataRole.Analyst]);
        setsOf[ODataRole.Analyst].Should().BeSubsetOf(setsOf[ODataRole.Admin]);

        await using var app = Serve(new Dictionary<string, string?>());
        await app.StartAsync();
        using var http = new HttpClient { BaseAddress = new Uri(FeedServer.Addresses(app).Single() + "/odata/") };

        // Service documents list exactly the caller's sets, except the fact sets (answered only through $apply, so not
        // offered to navigators that read every listed set as rows).
        factSets.Should().Contain("Fact_VictimRegistration").And.BeSubsetOf(setsOf[ODataRole.Analyst]);
        factSets.Should().NotIntersectWith(setsOf[ODataRole.Public]);
        (await SetNamesAsync(http, null)).Should().BeEquivalentTo(setsOf[ODataRole.Public]);
        (await SetNamesAsync(http, keys["public"])).Should().BeEquivalentTo(setsOf[ODataRole.Public]);
        (await SetNamesAsync(http, keys["analyst"])).Should().BeEquivalentTo(setsOf[ODataRole.Analyst].Except(factSets));
        (await SetNamesAsync(http, keys["admin"])).Should().BeEquivalentTo(setsOf[ODataRole.Admin].Except(factSets));
        var analystMetadata = await SendAsync(http, "$metadata", keys["analyst"]);
        analystMetadata.Body.Should().NotContain("\"LoadBatches\"");

        var badKey = "stats_" + new string('A', 43);
        var failures = new List<string>();
        foreach (var set in setsOf[ODataRole.Admin].Order(StringComparer.Ordinal))
        {
            var expected = new (string Caller, string? Key, HttpStatusCode Status)[]
            {
                ("no key", null, setsOf[ODataRole.Public].Contains(set) ? HttpStatusCode.OK : HttpStatusCode.Unauthorized),
                ("bad key", badKey, HttpStatusCode.Unauthorized),
                ("public", keys["public"], setsOf[ODataRole.Public].Contains(set) ? HttpStatusCode.OK : HttpStatusCode.Forbidden),
                ("analyst", keys["analyst"], setsOf[ODataRole.Analyst].Contains(set) ? HttpStatusCode.OK : HttpStatusCode.Forbidden),
                ("admin", keys["admin"], HttpStatusCode.OK),
            };
            foreach (var (caller, key, status) in expected)
            {
                var query = factSets.Contains(set) ? set + "?$apply=aggregate($count as N)" : set + "?$top=1";
                var (actual, body, _) = await SendAsync(http, query, key);
                if (actual != status)
                {
                    failures.Add($"{set} as {caller}: {(int)actual}, expected {(int)status}: {body}");
                }
            }
        }

        failures.Should().BeEmpty();
        foreach (var set in factSets)
        {
            (await SendAsync(http, set + "?$top=1", keys["admin"])).Status.Should().Be(HttpStatusCode.Forbidden, "fact rows are never served, only $apply aggregates");
        }

        (await SendAsync(http, "LoadBatches", keys["analyst"])).Status.Should().Be(HttpStatusCode.Forbidden);
        (await SendAsync(http, "LoadBatches", null)).Status.Should().Be(HttpStatusCode.Unauthorized);
        await app.StopAsync();
    }

    [Fact]
    public async Task Issue_4_keys_are_listed_without_secrets_refused_when_duplicate_or_unknown_and_revoked_within_the_cache_duration()
    {
        (await CliRun.RunAsync("demo", "--no-serve", "--data", _data.Path)).ExitCode.Should().Be(0);
        var add = await CliRun.RunAsync("keys", "add", "--role", "Admin", "--name", "ops", "--data", _data.Path);
        add.ExitCode.Should().Be(0, add.Error);
        var key = add.Output.Split('\n', StringSplitOptions.TrimEntries).Single(l => l.StartsWith("stats_", StringComparison.Ordinal));

        var duplicate = await CliRun.RunAsync("keys", "add", "--role", "public", "--name", "ops", "--data", _data.Path);
        duplicate.ExitCode.Should().NotBe(0);
        duplicate.Error.Should().Contain("'ops' already exists");
        var unknownRole = await CliRun.RunAsync("keys", "add", "--role", "root", "--name", "x", "--data", _data.Path);
        unknownRole.ExitCode.Should().NotBe(0);
        unknownRole.Error.Should().Contain("Unknown role 'root'");

        // Page size and the key cache from configuration (the Api section), as appsettings.json or STATS_Api__… would give them.
        await using var app = Serve(new Dictionary<string, string?> { ["Api:PageSize"] = "2", ["Api:KeyCacheDuration"] = "00:00:00.5" });
        await app.StartAsync();
        using var http = new HttpClient { BaseAddress = new Uri(FeedServer.Addresses(app).Single() + "/odata/") };
        var page = await SendAsync(http, "Codes", key);
        page.Status.Should().Be(HttpStatusCode.OK);
        using (var json = JsonDocument.Parse(page.Body))
        {
            json.RootElement.GetProperty("value").GetArrayLength().Should().Be(2, "Api:PageSize is 2 and the code lists have more than 2 codes");
            json.RootElement.TryGetProperty("@odata.nextLink", out _).Should().BeTrue();
        }

        var list = await CliRun.RunAsync("keys", "list", "--data", _data.Path);
        list.ExitCode.Should().Be(0);
        list.Output.Should().Contain("ops").And.Contain("admin").And.NotContain(key[6..]);
        list.Output.Should().NotContain(Catalog.ApiKeys.ApiKeySecret.Hash(key));

        (await CliRun.RunAsync("keys", "revoke", "--name", "ops", "--data", _data.Path)).ExitCode.Should().Be(0);
        await Task.Delay(TimeSpan.FromSeconds(0.7));
        var refused = await SendAsync(http, "Indicators", key);
        refused.Status.Should().Be(HttpStatusCode.Unauthorized, "a revoked key is refused once the 0.5 s cache has passed");
        refused.Challenge.Should().Be("Basic realm=\"stats\"");
        (await CliRun.RunAsync("keys", "revoke", "--name", "nobody", "--data", _data.Path)).Error.Should().Contain("No key named 'nobody'");
        await app.StopAsync();
    }

    public void Dispose() => _data.Dispose();

    private Microsoft.AspNetCore.Builder.WebApplication Serve(Dictionary<string, string?> settings)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
        var source = new CurrentVintageModelSource(new WarehouseOptions { DataDirectory = _data.Path });
        return FeedServer.Build(source, "http://127.0.0.1:0", FeedServer.CatalogKeys(new CatalogOptions(), _data.Path, TimeProvider.System), configuration);
    }

    private static async Task<List<string>> SetNamesAsync(HttpClient http, string? key)
    {
        var (status, body, _) = await SendAsync(http, "", key);
        status.Should().Be(HttpStatusCode.OK, body);
        using var json = JsonDocument.Parse(body);
        return json.RootElement.GetProperty("value").EnumerateArray().Select(e => e.GetProperty("name").GetString()!).ToList();
    }

    /// <summary>The key goes as the Basic password, as Excel and Power BI send it.</summary>
    private static async Task<(HttpStatusCode Status, string Body, string? Challenge)> SendAsync(HttpClient http, string relative, string? key)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri(relative, UriKind.Relative));
        if (key is not null)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Basic", Convert.ToBase64String(Encoding.UTF8.GetBytes("excel:" + key)));
        }

        using var response = await http.SendAsync(request);
        return (response.StatusCode, await response.Content.ReadAsStringAsync(), response.Headers.WwwAuthenticate.FirstOrDefault()?.ToString());
    }
}
