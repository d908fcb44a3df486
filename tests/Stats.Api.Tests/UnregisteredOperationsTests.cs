using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Logging;
using Stats.Api.Access;
using Stats.Api.Intake;
using Stats.Api.Operations;

namespace Stats.Api.Tests;

public sealed class UnregisteredOperationsTests
{
    [Fact]
    public async Task Without_an_inbox_or_a_scheduler_those_paths_are_404_and_the_feed_still_serves()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        var directory = Path.Combine(Path.GetTempPath(), "stats-bare-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(directory);
        var file = Path.Combine(directory, "empty.duckdb");
        builder.Services.AddStatsOData(new FixedServedModelSource(ServedModel.ForFile(ApiServer.Vintage, [], file)));
        builder.Services.AddStatsAccess(NoApiKeys.Instance, new AccessOptions());
        builder.Services.AddStatsOperations(health: _ => new ScriptedHealth());
        await using var app = builder.Build();
        app.UseStatsAccess();
        app.MapStatsOData();
        app.MapStatsIntake();
        app.MapStatsOperations();
        var root = await LoopbackApp.StartAsync(app);
        try
        {
            using var client = new HttpClient();
            using (var service = await client.GetAsync(root))
            {
                service.StatusCode.Should().Be(HttpStatusCode.OK);
            }

            using (var health = await client.GetAsync(new Uri(root, "/health")))
            {
                health.StatusCode.Should().Be(HttpStatusCode.OK, "the reporter alone was registered");
            }

            using var upload = await client.PostAsync(new Uri(root, "/intake/police-nl?fileName=x.csv"), IntakeTests.Raw([1, 2, 3], "text/csv"));
            upload.StatusCode.Should().Be(HttpStatusCode.NotFound);
            using var runs = await client.GetAsync(new Uri(root, "/admin/runs"));
            runs.StatusCode.Should().Be(HttpStatusCode.NotFound);
            using var jobs = await client.PostAsync(new Uri(root, "/admin/jobs/publish/run"), null);
            jobs.StatusCode.Should().Be(HttpStatusCode.NotFound);
        }
        finally
        {
            await app.StopAsync();
            Directory.Delete(directory, recursive: true);
        }
    }

    [Fact]
    public void Upload_options_bind_from_api_upload_and_configured_types_replace_the_defaults()
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Api:Upload:MaxBytes"] = "5000",
            ["Api:Upload:AllowedContentTypes:0"] = "text/csv",
        }).Build();

        var options = configuration.ReadUploadOptions();

        options.MaxBytes.Should().Be(5000);
        options.AllowedContentTypes.Should().Equal("text/csv");
        new ConfigurationBuilder().Build().ReadUploadOptions().MaxBytes.Should().Be(256L * 1024 * 1024);
        new UploadOptions().AllowedContentTypes.Should().BeNull("unset means the four default types");
        UploadOptions.DefaultContentTypes.Should().HaveCount(4);
    }
}
