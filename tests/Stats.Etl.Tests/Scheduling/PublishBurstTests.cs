using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Stats.Catalog;
using Stats.Catalog.Entities;
using Stats.Etl.Scheduling;

namespace Stats.Etl.Tests.Scheduling;

/// <summary>A burst of deliveries over several sources publishes once, after the publish delay, into one new vintage.</summary>
[Collection(SchedulerCollection.Name)]
public sealed class PublishBurstTests
{
    [Fact]
    public async Task Three_deliveries_for_two_sources_publish_once_after_the_delay()
    {
        await using var bed = new SchedulerBed("police-victims", "ngo-htcds");
        bed.Options.Retention.Schedule = "";
        bed.Options.PublishDelay = TimeSpan.FromMinutes(2);

        // Two police years from different seeds (different content, so neither is a duplicate) and one NGO file.
        var year2024 = Deliveries.Generate(bed, 2024, 21);
        var year2025 = Deliveries.Generate(bed, 2025, 22);
        Deliveries.Drop(bed, "police-victims", Path.Combine(year2024, "police_victims_2024.csv"), "police_victims_2024.csv");
        Deliveries.Drop(bed, "police-victims", Path.Combine(year2025, "police_victims_2025.csv"), "police_victims_2025.csv");
        Deliveries.Drop(bed, "ngo-htcds", Path.Combine(year2025, "ngo_htcds_2025.csv"), "ngo_htcds_2025.csv");
        await bed.StartAsync();

        // The inbox watcher's look (its timer is the fake clock's; one look is what a tick does) fires both pulls.
        await bed.Services.GetRequiredService<InboxWatcher>().ScanOnceAsync(CancellationToken.None);
        var runs = await bed.SettledRunsAsync(2);
        runs.Select(r => (r.JobName, r.Trigger, r.Outcome, r.DeliveriesLoaded))
            .Should().BeEquivalentTo(new[]
            {
                ("pull:police-victims", TriggerKinds.Inbox, JobRunOutcome.Succeeded, 2),
                ("pull:ngo-htcds", TriggerKinds.Inbox, JobRunOutcome.Succeeded, 1),
            });
        (await VintagesAsync(bed)).Should().Be(0);

        // Not before the delay has passed since the first loaded delivery...
        bed.Time.Advance(TimeSpan.FromSeconds(90));
        (await bed.SettledRunsAsync(2)).Should().HaveCount(2);

        // ...then exactly one publish, and no other after it.
        bed.Time.Advance(TimeSpan.FromSeconds(31));
        // A deadline for the run to finish, not a measurement: a two-year publish on a loaded 2-core machine can take a minute.
        await bed.WaitForRunsAsync(r => r.Count == 1 && r[0].Outcome != JobRunOutcome.Running, JobNames.Publish, seconds: 120);
        bed.Time.Advance(TimeSpan.FromMinutes(10));
        var publishes = await bed.SettledRunsAsync(1, JobNames.Publish);
        publishes.Select(r => (r.Trigger, r.Attempt, r.Outcome)).Should().Equal([(TriggerKinds.AfterDelivery, 1, JobRunOutcome.Succeeded)], publishes[0].Message);
        publishes[0].VintageId.Should().NotBeNull();
        (await VintagesAsync(bed)).Should().Be(1);
        (await bed.RunsAsync()).Should().HaveCount(3, "two pulls and one publish");
    }

    private static async Task<int> VintagesAsync(SchedulerBed bed)
    {
        await using var db = CatalogDatabase.CreateContext(bed.Catalog, bed.DataDirectory);
        return await db.Vintages.CountAsync();
    }
}
