using Stats.Catalog.Entities;
using Stats.Etl.Channels;
using Stats.Etl.Scheduling;
using Stats.Etl.Tests.Channels;

namespace Stats.Etl.Tests.Scheduling;

/// <summary>
/// Failures a retry would not cure are recorded and left alone: an agency refusing the credentials (HTTP 401) fails the run
/// once; a refused delivery is a run that did its work (the file set aside with its reason), not a failure.
/// </summary>
[Collection(SchedulerCollection.Name)]
public sealed class PermanentFailureTests
{
    private const string Job = "pull:police-victims";

    [Fact]
    public async Task Refused_credentials_fail_the_run_once_without_retry()
    {
        var agency = new AgencyServer();
        await agency.InitializeAsync();
        try
        {
            await using var bed = Bed();
            bed.Settings["Intake:Sources:police-victims:Pull:Url"] = agency.At("/secure/basic").ToString();
            await bed.StartAsync();

            bed.Time.Advance(TimeSpan.FromHours(1) + TimeSpan.FromSeconds(1));
            await bed.SettledRunsAsync(1, Job);

            // Well past every retry the policy would allow (1 + 2 + 4 + 8 + 16 minutes), before the next day's fire.
            bed.Time.Advance(TimeSpan.FromHours(2));
            var runs = await bed.SettledRunsAsync(1, Job);
            runs.Select(r => (r.Trigger, r.Attempt, r.Outcome)).Should().Equal((TriggerKinds.Cron, 1, JobRunOutcome.Failed));
            runs[0].Message.Should().Contain("'police-victims'").And.Contain("401");
            agency.Seen.Should().ContainSingle("the agency is asked once, not again by a retry");
        }
        finally
        {
            await agency.DisposeAsync();
        }
    }

    [Fact]
    public async Task Refused_delivery_is_set_aside_with_its_reason_and_not_retried()
    {
        await using var bed = Bed();
        var dirty = Path.Combine(Path.GetDirectoryName(Deliveries.Generate(bed, 2025, 11))!, "dirty", "police_victims_2025_identifying.csv");
        File.ReadLines(dirty).First().Split(';').Should().Contain("first_name", "the fixture must carry an identifying column");
        Deliveries.Drop(bed, "police-victims", dirty, "police_victims_2025_identifying.csv");
        await bed.StartAsync();

        bed.Time.Advance(TimeSpan.FromHours(1) + TimeSpan.FromSeconds(1));
        await bed.SettledRunsAsync(1, Job);
        bed.Time.Advance(TimeSpan.FromHours(2));
        var runs = await bed.SettledRunsAsync(1, Job);

        runs.Select(r => (r.Trigger, r.Attempt, r.Outcome, r.FilesSeen, r.DeliveriesLoaded, r.DeliveriesRefused))
            .Should().Equal((TriggerKinds.Cron, 1, JobRunOutcome.Succeeded, 1, 0, 1));
        var inbox = bed.Inbox("police-victims");
        var rejected = Path.Combine(inbox, "rejected", "police_victims_2025_identifying.csv");
        File.Exists(rejected).Should().BeTrue();
        File.ReadAllText(InboxFolder.ReasonPath(rejected)).Should().Contain("identifying_column");
        File.Exists(Path.Combine(inbox, "police_victims_2025_identifying.csv")).Should().BeFalse();
        await bed.StopAsync();
        (await Deliveries.CountAsync(bed, "SELECT count(*) FROM stg_intake__victim_registration")).Should().Be(0);
    }

    private static SchedulerBed Bed()
    {
        var bed = new SchedulerBed("police-victims");
        bed.Options.Retention.Schedule = "";
        bed.Options.Retry = new RetryOptions { MaxAttempts = 5, InitialDelay = TimeSpan.FromMinutes(1), BackoffFactor = 2, Jitter = 0.2 };
        return bed;
    }
}
