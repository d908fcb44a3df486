using System.Collections.Concurrent;
using DuckDB.NET.Data;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.Logging;
using Stats.Api.Access;
using Stats.Warehouse.OData;
using Stats.Warehouse.Sql;

namespace Stats.Api.Tests;

/// <summary>
/// Kestrel on loopback with the access layer in front of three role models over one DuckDB file: public sees CaseFigures;
/// analyst also Slow (a cross join of 10^12 rows that no request can finish); admin also Secret. Keys live in an
/// in-memory <see cref="IApiKeyStore"/> (the catalog-backed store is tested end to end). Every log line is captured.
/// </summary>
public class AccessServer(AccessOptions options) : IAsyncLifetime
{
    public const string PublicKey = "stats_public-key-for-tests-00000000000000000000";
    public const string AnalystKey = "stats_analyst-key-for-tests-0000000000000000000";
    public const string AdminKey = "stats_admin-key-for-tests-000000000000000000000";
    public const string OtherAdminKey = "stats_other-admin-key-for-tests-000000000000000";

    private static readonly FlatEntitySet Slow = new("Slow", "(SELECT a.range * 1000000 + b.range AS id FROM range(1000000) a, range(1000000) b)",
        [new("Id", "id", FlatType.Int64, false)], ["Id"]);

    private static readonly FlatEntitySet Secret = ApiServer.Set with { Name = "Secret" };

    private readonly string _directory = Path.Combine(Path.GetTempPath(), "stats-access-" + Guid.NewGuid().ToString("N"));
    private WebApplication? _app;

    public ConcurrentDictionary<string, ApiCaller> Keys { get; } = new(StringComparer.Ordinal)
    {
        [PublicKey] = new ApiCaller(ODataRole.Public, "dashboard"),
        [AnalystKey] = new ApiCaller(ODataRole.Analyst, "analyst-anna"),
        [AdminKey] = new ApiCaller(ODataRole.Admin, "admin-adam"),
        [OtherAdminKey] = new ApiCaller(ODataRole.Admin, "admin-eve"),
    };

    public ConcurrentQueue<string> Log { get; } = new();

    public Uri Root { get; private set; } = null!;

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

        var models = new Dictionary<ODataRole, ServedModel>
        {
            [ODataRole.Public] = ServedModel.ForFile(ApiServer.Vintage, [ApiServer.Set], file),
            [ODataRole.Analyst] = ServedModel.ForFile(ApiServer.Vintage, [ApiServer.Set, Slow], file),
            [ODataRole.Admin] = ServedModel.ForFile(ApiServer.Vintage, [ApiServer.Set, Slow, Secret], file),
        };
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        builder.Logging.SetMinimumLevel(LogLevel.Trace);
        builder.Logging.AddProvider(new CapturingLoggerProvider(Log));
        builder.Services.AddStatsOData(new FixedServedModelSource(models), o => o.PageSize = ApiServer.PageSize);
        builder.Services.AddStatsAccess(new DictionaryKeyStore(Keys), options);
        _app = builder.Build();
        _app.UseStatsAccess();
        _app.MapStatsOData();
        Root = await LoopbackApp.StartAsync(_app);
    }

    public async Task DisposeAsync()
    {
        await LoopbackApp.StopAsync(_app);

        Directory.Delete(_directory, recursive: true);
    }

    public async Task<HttpResponseMessage> GetAsync(string relative, Action<HttpRequestMessage>? prepare = null)
    {
        using var client = new HttpClient();
        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri(Root, relative));
        prepare?.Invoke(request);
        return await client.SendAsync(request);
    }

    /// <summary>Keys as a real client holds them, looked up by the key text.</summary>
    private sealed class DictionaryKeyStore(ConcurrentDictionary<string, ApiCaller> keys) : IApiKeyStore
    {
        public Task<ApiCaller?> FindAsync(string key, CancellationToken cancellationToken) =>
            Task.FromResult(keys.TryGetValue(key, out var caller) ? caller : null);
    }
}
