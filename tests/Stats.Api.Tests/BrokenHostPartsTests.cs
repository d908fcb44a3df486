using System.Collections.Concurrent;
using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.Logging;
using Stats.Api.Access;
using Stats.Api.Intake;
using Stats.Api.Operations;
using Stats.Warehouse.OData;

namespace Stats.Api.Tests;

/// <summary>Host parts that misbehave: the API answers a JSON 500 and logs, never a receipt it cannot vouch for.</summary>
public sealed class BrokenHostPartsTests
{
    [Fact]
    public async Task An_inbox_that_stops_reading_early_and_a_failing_run_history_are_500s_with_error_bodies()
    {
        var log = new ConcurrentQueue<string>();
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        builder.Logging.AddProvider(new CapturingLoggerProvider(log));
        var file = Path.Combine(Path.GetTempPath(), "stats-broken-" + Guid.NewGuid().ToString("N") + ".duckdb");
        builder.Services.AddStatsOData(new FixedServedModelSource(ServedModel.ForFile(ApiServer.Vintage, [], file)));
        var keys = new ConcurrentDictionary<string, ApiCaller> { [OperationsServer.AdminKey] = new(ODataRole.Admin, "admin-adam") };
        builder.Services.AddStatsAccess(new KeyStore(keys), new AccessOptions());
        builder.Services.AddStatsIntake(_ => new FirstBytesInbox());
        builder.Services.AddStatsOperations(runs: _ => new UnreachableRunHistory());
        await using var app = builder.Build();
        app.UseStatsAccess();
        app.MapStatsOData();
        app.MapStatsIntake();
        app.MapStatsOperations();
        var root = new Uri(await LoopbackApp.StartAsync(app), "/");
        try
        {
            using var client = new HttpClient();
            client.DefaultRequestHeaders.Add("X-Api-Key", OperationsServer.AdminKey);
            using var upload = await client.PostAsync(new Uri(root, "intake/any?fileName=d.csv"), IntakeTests.Raw(new byte[500], "text/csv"));
            upload.StatusCode.Should().Be(HttpStatusCode.InternalServerError);
            (await IntakeTests.ErrorCodeAsync(upload)).Should().Be("InternalError");

            using var runs = await client.GetAsync(new Uri(root, "admin/runs"));
            runs.StatusCode.Should().Be(HttpStatusCode.InternalServerError);
            (await IntakeTests.ErrorCodeAsync(runs)).Should().Be("InternalError");
            (await runs.Content.ReadAsStringAsync()).Should().NotContain("connection refused");

            string.Join("\n", log).Should().Contain("answered a receipt for 10 bytes after reading 10").And.Contain("connection refused");
        }
        finally
        {
            await app.StopAsync();
        }
    }

    /// <summary>Reads the first 10 bytes and claims the delivery is stored.</summary>
    private sealed class FirstBytesInbox : IDeliveryInbox
    {
        public bool Knows(string contractId) => true;

        public IReadOnlyList<string> AllowedExtensions(string contractId) => [".csv"];

        public async Task<UploadReceipt> AcceptAsync(string contractId, string fileName, DeliveryContent content, long maxBytes, CancellationToken cancellationToken)
        {
            var buffer = new byte[10];
            await content.ReadExactlyAsync(buffer, cancellationToken);
            return new UploadReceipt(contractId, fileName, content.Bytes, "0", DateTimeOffset.UnixEpoch, UploadReceipt.Queued);
        }
    }

    private sealed class UnreachableRunHistory : IJobRunReader
    {
        public Task<IReadOnlyList<JobRunView>> RecentAsync(int limit, string? job, CancellationToken cancellationToken) =>
            throw new InvalidOperationException("connection refused by the catalog server");
    }
}
