using Stats.Catalog.Entities;
using Stats.Etl.Scheduling;
using Stats.Warehouse;

namespace Stats.Etl.Tests.Scheduling;

/// <summary>
/// A pull that finds the warehouse held by another writer fails transiently and is retried with backoff: it loads once
/// the warehouse is free, and after the attempts allowed it is recorded Failed and left alone.
/// </summary>
[Collection(SchedulerCollection.Name)]
public sealed class RetryTests
{
    private const string Job = "pull:police-victims";

    [OnLinuxFact]
    public async Task Busy_warehouse_is_retried_after_the_backoff_and_then_loads()
    {
        await using var bed = Bed(maxAttempts: 5);
        var file = Deliveries.Drop(bed, "police-victims", Path.Combine(Deliveries.Generate(bed, 2025, 7), "police_victims_2025.csv"), "police_victims_2025.csv");
        var rows = Deliveries.DataLines(file);
        await bed.StartAsync();

        var held = await HoldAsync(bed);
        bed.Time.Advance(TimeSpan.FromHours(1) + TimeSpan.FromSeconds(1));
        var runs = await bed.SettledRunsAsync(1, Job);
        runs.Select(r => (r.Trigger, r.Attempt, r.Outcome)).Should().Equal((TriggerKinds.Cron, 1, JobRunOutcome.WillRetry));
        runs[0].Message.Should().Contain("in use by another process");

        // The first retry waits 60 s ± 20 %: after 40 s nothing has run again, even with the warehouse free.
        held.Dispose();
        bed.Time.Advance(TimeSpan.FromSeconds(40));
        (await bed.SettledRunsAsync(1, Job)).Should().HaveCount(1);

        bed.Time.Advance(TimeSpan.FromSeconds(40));
        runs = await bed.SettledRunsAsync(2, Job);
        runs.Select(r => (r.Trigger, r.Attempt, r.Outcome)).Should().Equal(
            (TriggerKinds.Cron, 1, JobRunOutcome.WillRetry), (TriggerKinds.Retry, 2, JobRunOutcome.Succeeded));
        runs[1].DeliveriesLoaded.Should().Be(1);
        runs[1].RowsLoaded.Should().Be(rows);
        File.Exists(Path.Combine(bed.Inbox("police-victims"), "archive", "2026", "03", "police_victims_2025.csv")).Should().BeTrue();
        File.Exists(file).Should().BeFalse();
        await bed.StopAsync();
        (await Deliveries.CountAsync(bed, "SELECT count(*) FROM stg_intake__victim_registration")).Should().Be(rows);
    }

    [OnLinuxFact]
    public async Task Warehouse_busy_throughout_gives_up_after_the_allowed_attempts()
    {
        await using var bed = Bed(maxAttempts: 2);
        var file = Deliveries.Drop(bed, "police-victims", Path.Combine(Deliveries.Generate(bed, 2025, 8), "police_victims_2025.csv"), "police_victims_2025.csv");
        await bed.StartAsync();
        using var held = await HoldAsync(bed);

        // Fire at 06:00, retries after 60 s and 120 s (± 20 %): two retries allowed, so three attempts in all.
        bed.Time.Advance(TimeSpan.FromHours(1) + TimeSpan.FromSeconds(1));
        await bed.SettledRunsAsync(1, Job);
        bed.Time.Advance(TimeSpan.FromSeconds(80));
        await bed.SettledRunsAsync(2, Job);
        bed.Time.Advance(TimeSpan.FromSeconds(150));
        await bed.SettledRunsAsync(3, Job);
        bed.Time.Advance(TimeSpan.FromMinutes(30));
        var runs = await bed.SettledRunsAsync(3, Job);

        runs.Select(r => (r.Trigger, r.Attempt, r.Outcome)).Should().Equal(
            (TriggerKinds.Cron, 1, JobRunOutcome.WillRetry),
            (TriggerKinds.Retry, 2, JobRunOutcome.WillRetry),
            (TriggerKinds.Retry, 3, JobRunOutcome.Failed));
        runs[2].Message.Should().Contain("in use by another process");
        File.Exists(file).Should().BeTrue("a delivery that could not be loaded stays in the inbox for the next run");
    }

    private static SchedulerBed Bed(int maxAttempts)
    {
        var bed = new SchedulerBed("police-victims");
        bed.Options.Retention.Schedule = "";
        bed.Options.Retry = new RetryOptions { MaxAttempts = maxAttempts, InitialDelay = TimeSpan.FromMinutes(1), BackoffFactor = 2, Jitter = 0.2 };
        return bed;
    }

    // Another writer on the working database, as a `stats load` by hand would be (the file is made first, as a first run would).
    private static async Task<ForeignWriterLock> HoldAsync(SchedulerBed bed)
    {
        await using (await new WarehouseDatabase(bed.Warehouse).OpenWriterAsync(CancellationToken.None))
        {
        }

        return ForeignWriterLock.Take(bed.Warehouse.WorkingDatabasePath);
    }
}
