using DuckDB.NET.Data;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.Logging;
using Stats.Warehouse.OData;
using Stats.Warehouse.Sql;

namespace Stats.Api.Tests;

/// <summary>
/// A DuckDB file with one table (the 30 rows of <see cref="CaseRow"/>) served by a real Kestrel on a loopback port, page size 7.
/// Column names differ from the EDM names so that the mapping is exercised.
/// </summary>
public sealed class ApiServer : IAsyncLifetime
{
    public const int PageSize = 7;
    public const string Vintage = "2026-11-v3";

    public static readonly FlatEntitySet Set = new("CaseFigures", "thb_cases",
    [
        new("Id", "id", FlatType.Int64, false),
        new("Region", "region name", FlatType.String, true),
        new("Year", "yr", FlatType.Int32, false),
        new("Cases", "n_cases", FlatType.Int64, false),
        new("Rate", "rate", FlatType.Double, true),
        new("Reported", "reported_on", FlatType.Date, false),
        new("Flag", "flag", FlatType.Boolean, false),
    ], ["Id"]);

    private readonly string directory = Path.Combine(Path.GetTempPath(), "stats-api-" + Guid.NewGuid().ToString("N"));
    private WebApplication? app;

    public HttpClient Client { get; } = new();

    public Uri Root { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        Directory.CreateDirectory(directory);
        var file = Path.Combine(directory, "vintage.duckdb");
        await using (var connection = new DuckDBConnection($"Data Source={file}"))
        {
            await connection.OpenAsync();
            await connection.ExecuteAsync(
                """
                CREATE TABLE thb_cases (id BIGINT NOT NULL, "region name" VARCHAR, yr INTEGER NOT NULL, n_cases BIGINT NOT NULL,
                                        rate DOUBLE, reported_on DATE NOT NULL, flag BOOLEAN NOT NULL)
                """,
                CancellationToken.None);
            foreach (var r in CaseRow.All)
            {
                await connection.ExecuteAsync(
                    "INSERT INTO thb_cases VALUES ($id, $region, $yr, $cases, $rate, $reported, $flag)",
                    CancellationToken.None,
                    ("id", r.Id), ("region", r.Region), ("yr", r.Year), ("cases", r.Cases), ("rate", r.Rate), ("reported", r.Reported), ("flag", r.Flag));
            }
        }

        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        builder.Services.AddStatsOData(new FixedServedModelSource(ServedModel.ForFile(Vintage, [Set], file)), o => o.PageSize = PageSize);
        app = builder.Build();
        app.MapStatsOData();
        Root = await LoopbackApp.StartAsync(app);
    }

    public async Task DisposeAsync()
    {
        Client.Dispose();
        await LoopbackApp.StopAsync(app);

        Directory.Delete(directory, recursive: true);
    }

    public Task<HttpResponseMessage> GetAsync(string relative) => Client.GetAsync(new Uri(Root, relative));
}
