using System.Collections.Concurrent;
using System.Net.Http.Headers;
using DuckDB.NET.Data;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.Logging;
using Stats.Api.Access;
using Stats.Api.Intake;
using Stats.Api.Operations;
using Stats.Warehouse.OData;
using Stats.Warehouse.Sql;

namespace Stats.Api.Tests;

/// <summary>
/// Kestrel on loopback composed as the host composes `stats serve` (OData feed, access layer, intake, operations) with
/// real parts in place of the host's: a folder inbox in a temp directory, a scripted health reporter, an in-memory run
/// history and job board. Uploads are limited to <see cref="MaxBytes"/>; requests time out after 1 s; no rate limits.
/// </summary>
public sealed class OperationsServer : IAsyncLifetime
{
    public const long MaxBytes = 1024;
    public const string PublicKey = "stats_public-key-for-ops-tests-0000000000000000";
    public const string AnalystKey = "stats_analyst-key-for-ops-tests-000000000000000";
    public const string AdminKey = "stats_admin-key-for-ops-tests-00000000000000000";
    public const string PoliceKey = "stats_police-agency-key-for-ops-tests-000000000";
    public const string GhostKey = "stats_ghost-agency-key-for-ops-tests-0000000000";

    public static readonly DateTimeOffset Received = new(2026, 3, 2, 10, 15, 0, TimeSpan.Zero);

    private readonly string _directory = Path.Combine(Path.GetTempPath(), "stats-ops-" + Guid.NewGuid().ToString("N"));
    private WebApplication? _app;

    internal FolderInbox Inbox { get; private set; } = null!;

    internal ScriptedHealth Health { get; } = new();

    internal JobBoard Jobs { get; } = new();

    public Uri Root { get; private set; } = null!;

    public HttpClient Client { get; } = new();

    public async Task InitializeAsync()
    {
        Directory.CreateDirectory(_directory);
        var file = Path.Combine(_directory, "vintage.duckdb");
        await using (var connection = new DuckDBConnection($"Data Source={file}"))
        {
            await connection.OpenAsync();
            await connection.ExecuteAsync(
                "CREATE TABLE thb_cases AS SELECT range AS id, 'North' AS \"region name\", 2020::INTEGER AS yr, range AS n_cases, NULL::DOUBLE AS rate, DATE '2020-01-01' AS reported_on, true AS flag FROM range(1, 31)",
                CancellationToken.None);
        }

        Inbox = new FolderInbox(Path.Combine(_directory, "inbox"), new Dictionary<string, string[]>
        {
            ["police-nl"] = [".csv"],
            ["ngo-be"] = [".xlsx", ".json"],
        }, new FixedClock(Received));
        var keys = new ConcurrentDictionary<string, ApiCaller>(StringComparer.Ordinal)
        {
            [PublicKey] = new ApiCaller(ODataRole.Public, "dashboard"),
            [AnalystKey] = new ApiCaller(ODataRole.Analyst, "analyst-anna"),
            [AdminKey] = new ApiCaller(ODataRole.Admin, "admin-adam"),
            [PoliceKey] = new ApiCaller(ODataRole.Public, "police-agency") { Contracts = ["police-nl"] },
            [GhostKey] = new ApiCaller(ODataRole.Public, "ghost-agency") { Contracts = ["retired-contract"] },
        };
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        builder.Services.AddStatsOData(new FixedServedModelSource(ServedModel.ForFile(ApiServer.Vintage, [ApiServer.Set], file)));
        builder.Services.AddStatsAccess(new KeyStore(keys), new AccessOptions
        {
            RequestTimeout = TimeSpan.FromSeconds(1),
            KeyCacheDuration = TimeSpan.Zero,
            RateLimits = new RateLimitsByRole { Public = RoleRateLimit.Of(0, 0), Analyst = RoleRateLimit.Of(0, 0), Admin = RoleRateLimit.Of(0, 0) },
        });
        builder.Services.AddStatsIntake(_ => Inbox, new UploadOptions { MaxBytes = MaxBytes });
        builder.Services.AddStatsOperations(_ => Health, _ => new RunHistory(), _ => Jobs);
        _app = builder.Build();
        _app.UseStatsAccess();
        _app.MapStatsOData();
        _app.MapStatsIntake();
        _app.MapStatsOperations();
        Root = new Uri(await LoopbackApp.StartAsync(_app), "/");
    }

    public async Task DisposeAsync()
    {
        Client.Dispose();
        await LoopbackApp.StopAsync(_app);
        Directory.Delete(_directory, recursive: true);
    }

    public async Task<HttpResponseMessage> SendAsync(HttpMethod method, string relative, string? key, HttpContent? content = null)
    {
        using var request = new HttpRequestMessage(method, new Uri(Root, relative)) { Content = content };
        if (key is not null)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Basic", Convert.ToBase64String(System.Text.Encoding.UTF8.GetBytes("agency:" + key)));
        }

        return await Client.SendAsync(request);
    }
}
