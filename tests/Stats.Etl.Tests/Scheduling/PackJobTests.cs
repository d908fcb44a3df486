using Quartz;
using Stats.Catalog.Entities;
using Stats.Etl.Scheduling;

namespace Stats.Etl.Tests.Scheduling;

/// <summary>
/// The monthly pack job is in the job store on its cron, outside the writer group, and a run that cannot make the pack
/// (here: nothing published yet) is recorded once with the reason and not retried.
/// </summary>
[Collection(SchedulerCollection.Name)]
public sealed class PackJobTests
{
    [Fact]
    public async Task Issue_6_the_pack_job_fires_on_the_third_of_the_month_and_records_why_it_could_not_pack()
    {
        await using var bed = new SchedulerBed("police-victims");
        bed.Options.Retention.Schedule = "";
        bed.Pack.Schedule = "0 0 6 3 * ?";
        await bed.StartAsync();

        var scheduler = await bed.SchedulerAsync();
        var trigger = await scheduler.GetTrigger(new TriggerKey(JobNames.Pack, JobNames.Group));
        trigger.Should().BeAssignableTo<ICronTrigger>().Which.CronExpressionString.Should().Be("0 0 6 3 * ?");
        trigger!.NextFireTimeUtc.Should().Be(new DateTimeOffset(2026, 3, 3, 6, 0, 0, TimeSpan.Zero));
        trigger.ExecutionGroup.Should().BeNull("the pack only reads the served vintage; it must not wait for loads");

        bed.Time.Advance(TimeSpan.FromHours(24) + TimeSpan.FromHours(1) + TimeSpan.FromSeconds(1));
        await bed.SettledRunsAsync(1, JobNames.Pack);
        bed.Time.Advance(TimeSpan.FromHours(2));
        var runs = await bed.SettledRunsAsync(1, JobNames.Pack);

        runs.Select(r => (r.Trigger, r.Attempt, r.Outcome)).Should().Equal((TriggerKinds.Cron, 1, JobRunOutcome.Failed));
        runs[0].Message.Should().Be("No vintage has been published yet: run `stats publish` first.");
    }
}
