using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Quartz;
using Stats.Catalog.Entities;
using Stats.Etl.Scheduling;

namespace Stats.Etl.Tests.Scheduling;

/// <summary>
/// Issue 7's export-refresh job in the scheduler as `stats serve` composes it: in the job store on its cron, outside the
/// writer group; fired right after a publish, it writes the new vintage's public exports; on its cron it finds them complete.
/// </summary>
[Collection(SchedulerCollection.Name)]
public sealed class ExportRefreshJobTests
{
    [Fact]
    public async Task Issue_7_a_publish_fires_the_export_refresh_which_writes_the_new_vintages_public_exports()
    {
        await using var bed = new SchedulerBed("police-victims");
        bed.Options.Retention.Schedule = "";
        bed.Options.PublishDelay = TimeSpan.FromMinutes(1);
        bed.Exports.Schedule = "0 15 4 * * ?";
        bed.Exports.AfterPublish = true;
        bed.Exports.Formats = ["csv"];
        var year = Deliveries.Generate(bed, 2025, 31);
        Deliveries.Drop(bed, "police-victims", Path.Combine(year, "police_victims_2025.csv"), "police_victims_2025.csv");
        await bed.StartAsync();

        var scheduler = await bed.SchedulerAsync();
        var trigger = await scheduler.GetTrigger(new TriggerKey(JobNames.ExportRefresh, JobNames.Group));
        trigger.Should().BeAssignableTo<ICronTrigger>().Which.CronExpressionString.Should().Be("0 15 4 * * ?");
        trigger!.NextFireTimeUtc.Should().Be(new DateTimeOffset(2026, 3, 3, 4, 15, 0, TimeSpan.Zero));
        trigger.ExecutionGroup.Should().BeNull("the refresh only reads published snapshots; it must not wait for loads");

        await bed.Services.GetRequiredService<InboxWatcher>().ScanOnceAsync(CancellationToken.None);
        await bed.SettledRunsAsync(1, "pull:police-victims");
        bed.Time.Advance(TimeSpan.FromMinutes(1) + TimeSpan.FromSeconds(1));
        var refreshes = await bed.WaitForRunsAsync(
            r => r.Count == 1 && r[0].Outcome != JobRunOutcome.Running, JobNames.ExportRefresh, seconds: 60);
        refreshes.Select(r => (r.Trigger, r.Outcome, r.VintageId)).Should().Equal([(TriggerKinds.AfterPublish, JobRunOutcome.Succeeded, 1)], refreshes[0].Message);
        refreshes[0].Message.Should().StartWith("vintage 1: wrote csv");

        var folder = Path.Combine(bed.DataDirectory, "exports", "vintage-1", "public", "csv");
        using (var metadata = JsonDocument.Parse(await File.ReadAllTextAsync(Path.Combine(folder, "metadata.json"))))
        {
            metadata.RootElement.GetProperty("vintage").GetInt32().Should().Be(1);
            metadata.RootElement.GetProperty("role").GetString().Should().Be("public");
            var files = metadata.RootElement.GetProperty("files").EnumerateArray().Select(f => f.GetProperty("path").GetString()).ToList();
            files.Should().Contain("V04.csv").And.OnlyContain(f => File.Exists(Path.Combine(folder, f!)));
        }

        // The next 04:15 (UTC) finds the export complete and writes nothing.
        bed.Time.Advance(new DateTimeOffset(2026, 3, 3, 4, 15, 1, TimeSpan.Zero) - bed.Time.GetUtcNow());
        var all = await bed.WaitForRunsAsync(r => r.Count == 2 && r[1].Outcome != JobRunOutcome.Running, JobNames.ExportRefresh, seconds: 30);
        (all[1].Trigger, all[1].Outcome).Should().Be((TriggerKinds.Cron, JobRunOutcome.Succeeded));
        all[1].Message.Should().StartWith("vintage 1: wrote none; already complete csv");
    }
}
