using Stats.Catalog.Entities;
using Stats.Etl.Scheduling;

namespace Stats.Etl.Tests.Scheduling;

/// <summary>
/// Downtime across several scheduled fires gives exactly one catch-up run after the restart (misfire FireAndProceed),
/// on each job store, and the schedule then goes on as before.
/// </summary>
[Collection(SchedulerCollection.Name)]
public sealed class CatchUpTests
{
    private const string Job = "pull:police-victims";

    [Fact]
    public async Task Sqlite_store_runs_one_catch_up_after_three_missed_fires()
    {
        await using var bed = new SchedulerBed("police-victims");
        await DowntimeAsync(bed);
    }

    [OnPostgreSqlFact]
    public async Task PostgreSql_store_runs_one_catch_up_after_three_missed_fires()
    {
        await using var database = await PostgreSqlDatabase.CreateAsync();
        await using var bed = new SchedulerBed("police-victims");
        bed.Options.Provider = SchedulerOptions.PostgresProvider;
        bed.Options.ConnectionString = database.ConnectionString;
        await DowntimeAsync(bed);
    }

    [OnPostgreSqlFact]
    public async Task Clustered_PostgreSql_store_runs_one_catch_up_after_three_missed_fires()
    {
        await using var database = await PostgreSqlDatabase.CreateAsync();
        await using var bed = new SchedulerBed("police-victims");
        bed.Options.Provider = SchedulerOptions.PostgresProvider;
        bed.Options.ConnectionString = database.ConnectionString;
        bed.Options.Clustered = true;
        bed.Options.InstanceId = "node-a";
        await DowntimeAsync(bed);
    }

    private static async Task DowntimeAsync(SchedulerBed bed)
    {
        // police-victims pulls daily at 06:00 UTC; retention is left out so that only the pull fires.
        bed.Options.Retention.Schedule = "";
        var monday0600 = new DateTimeOffset(2026, 3, 2, 6, 0, 0, TimeSpan.Zero);
        await bed.StartAsync();

        // Monday 05:00 → 06:00:01: the Monday fire, on time.
        bed.Time.Advance(TimeSpan.FromHours(1) + TimeSpan.FromSeconds(1));
        var runs = await bed.SettledRunsAsync(1, Job);
        runs.Select(r => (r.Trigger, r.Attempt, r.Outcome, r.ScheduledFor)).Should().Equal(
            (TriggerKinds.Cron, 1, JobRunOutcome.Skipped, (DateTimeOffset?)monday0600));

        // Down from Monday 06:00:01 to Thursday 07:00: the Tuesday, Wednesday and Thursday 06:00 fires are missed.
        await bed.StopAsync();
        bed.Time.Advance(TimeSpan.FromDays(3) + TimeSpan.FromHours(1) - TimeSpan.FromSeconds(1));
        await bed.StartAsync();
        runs = await bed.SettledRunsAsync(2, Job);
        runs.Should().HaveCount(2, "three missed fires are caught up by one run: " + string.Join("; ", runs.Select(SchedulerBed.Describe)));
        runs[1].Trigger.Should().Be(TriggerKinds.CatchUp);
        runs[1].Outcome.Should().Be(JobRunOutcome.Skipped);
        runs[1].StartedAt.Should().Be(monday0600.AddDays(3).AddHours(1));

        // The schedule proceeds: Friday 06:00 fires on time.
        bed.Time.Advance(TimeSpan.FromHours(23) + TimeSpan.FromSeconds(1));
        runs = await bed.SettledRunsAsync(3, Job);
        runs.Should().HaveCount(3);
        runs[2].Trigger.Should().Be(TriggerKinds.Cron);
        runs[2].ScheduledFor.Should().Be(monday0600.AddDays(4));
    }
}
