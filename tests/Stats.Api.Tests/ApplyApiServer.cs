using DuckDB.NET.Data;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.Logging;
using Stats.Warehouse.OData;
using Stats.Warehouse.Sql;

namespace Stats.Api.Tests;

/// <summary>
/// A snapshot holding only fct_victim_person_year (schema from sql/migrations/0005), served per role with the real
/// published sets (PublishedSets.ReadAsync): the public model has no fact set, the analyst one has Fact_VictimPersonYear.
/// A request with the header X-Test-Role: Analyst is an analyst caller (API keys are built elsewhere).
/// 2025: persons 1–20 F, 21–27 M (7), 28–30 X (3); person p has 1 + p % 3 registrations; 2024: persons 1–10 F.
/// </summary>
public sealed class ApplyApiServer : IAsyncLifetime
{
    public static readonly IReadOnlyList<(long Person, int Year, string Sex, int Registrations)> Rows =
    [
        .. Enumerable.Range(1, 30).Select(p => ((long)p, 2025, p <= 20 ? "F" : p <= 27 ? "M" : "X", 1 + (p % 3))),
        .. Enumerable.Range(1, 10).Select(p => ((long)p, 2024, "F", 1)),
    ];

    private readonly string directory = Path.Combine(Path.GetTempPath(), "stats-apply-" + Guid.NewGuid().ToString("N"));
    private WebApplication? app;

    public HttpClient Client { get; } = new();

    public Uri Root { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        Directory.CreateDirectory(directory);
        var file = Path.Combine(directory, "vintage.duckdb");
        var models = new Dictionary<ODataRole, ServedModel>();
        await using (var connection = new DuckDBConnection($"Data Source={file}"))
        {
            await connection.OpenAsync();
            await connection.ExecuteAsync(new SqlFiles(Path.Combine(AppContext.BaseDirectory, "sql")).Read("migrations/0005_victim_facts.sql").Text, CancellationToken.None);
            foreach (var (person, year, sex, registrations) in Rows)
            {
                await connection.ExecuteAsync(
                    """
                    INSERT INTO fct_victim_person_year VALUES ($p, $y, 'IDENT', $y * 10000 + 315, $y * 10000 + 101, $y * 10000 + 1201, 1, $r, 1, 'POLICE',
                        $s, 30, 'Y18-29', 'Y25-29', 'RO', 'EU', 'AT1', 'AT13', 'CROSS', NULL, false, 'SEX', 'SEX')
                    """,
                    CancellationToken.None, ("p", person), ("y", year), ("r", registrations), ("s", sex));
            }

            foreach (var role in new[] { ODataRole.Public, ODataRole.Analyst })
            {
                models[role] = ServedModel.ForFile("1", await PublishedSets.ReadAsync(connection, role, CancellationToken.None), file);
            }
        }

        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        builder.Services.AddStatsOData(new FixedServedModelSource(models));
        app = builder.Build();
        app.Use((context, next) =>
        {
            if (context.Request.Headers["X-Test-Role"] == "Analyst")
            {
                context.Features.Set(new ApiCaller(ODataRole.Analyst, "test"));
            }

            return next(context);
        });
        app.MapStatsOData();
        Root = await LoopbackApp.StartAsync(app);
    }

    public async Task DisposeAsync()
    {
        Client.Dispose();
        await LoopbackApp.StopAsync(app);

        Directory.Delete(directory, recursive: true);
    }

    public Task<HttpResponseMessage> GetAsync(string relative, bool analyst = true)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, new Uri(Root, relative));
        if (analyst)
        {
            request.Headers.Add("X-Test-Role", "Analyst");
        }

        return Client.SendAsync(request);
    }
}
