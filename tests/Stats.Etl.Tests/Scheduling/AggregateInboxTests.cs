using Microsoft.Extensions.DependencyInjection;
using Stats.Catalog.Entities;
using Stats.Etl.Channels;
using Stats.Etl.Scheduling;

namespace Stats.Etl.Tests.Scheduling;

/// <summary>An aggregate return takes the same channel as records: its inbox, its pull job, archive or rejected/.</summary>
[Collection(SchedulerCollection.Name)]
public sealed class AggregateInboxTests
{
    [Fact]
    public async Task Issue_8_a_table_dropped_in_its_inbox_is_loaded_by_the_pull_job_and_a_table_with_a_bad_count_is_rejected_with_its_reason()
    {
        await using var bed = new SchedulerBed("idauthority-decisions");
        bed.Options.Retention.Schedule = "";
        var clean = Deliveries.Generate(bed, 2025, 31);
        var dirty = Path.Combine(Path.GetDirectoryName(clean)!, "dirty");
        Deliveries.Drop(bed, "idauthority-decisions", Path.Combine(clean, "identification_decisions_2025.csv"), "identification_decisions_2025.csv");
        Deliveries.Drop(bed, "idauthority-decisions", Path.Combine(dirty, "identification_decisions_2025_bad_count.csv"), "identification_decisions_2025_bad_count.csv");
        await bed.StartAsync();

        await bed.Services.GetRequiredService<InboxWatcher>().ScanOnceAsync(CancellationToken.None);
        var run = (await bed.SettledRunsAsync(1)).Single();

        // The clean table: 9 count columns × 5 rows (the bed's clock is in March 2026, so Q1–Q4 of 2025 and the year row).
        (run.JobName, run.Trigger, run.Outcome, run.DeliveriesLoaded, run.DeliveriesRefused, run.RowsLoaded)
            .Should().Be(("pull:idauthority-decisions", TriggerKinds.Inbox, JobRunOutcome.Succeeded, 1, 1, 45L));
        (await Deliveries.CountAsync(bed, "SELECT count(*) FROM stg_aggregate_cell")).Should().Be(45);
        var inbox = bed.Inbox("idauthority-decisions");
        var rejected = Path.Combine(inbox, "rejected", "identification_decisions_2025_bad_count.csv");
        File.Exists(rejected).Should().BeTrue();
        File.ReadAllText(InboxFolder.ReasonPath(rejected)).Should().Contain("invalid_count").And.Contain("zwölf");
        Directory.EnumerateFiles(Path.Combine(inbox, "archive"), "identification_decisions_2025.csv", SearchOption.AllDirectories).Should().ContainSingle();
    }
}
