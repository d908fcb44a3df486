using Stats.Catalog.Entities;
using Stats.Catalog.Jobs;

namespace Stats.Catalog.Tests;

public sealed class JobRunQueriesTests
{
    private static readonly DateTimeOffset Midnight = new(2026, 5, 1, 0, 0, 0, TimeSpan.Zero);

    [Theory, OnSqlite, OnPostgreSql]
    public async Task Recent_runs_come_newest_first_limited_and_filtered_by_job(CatalogProvider provider)
    {
        await using var catalog = await TestCatalog.CreateAsync(provider);
        var clock = new ManualClock(Midnight);
        await using var db = await catalog.OpenAsync();
        var recorder = new JobRunRecorder(db, clock);

        // Started: publish 01:00, pull:x 03:00 (failed), pull:x 02:00 (succeeded), pull:y 03:00 (same instant as
        // the failed pull:x, inserted later, so the id breaks the tie). Insertion order differs from time order.
        clock.Now = Midnight.AddHours(1);
        var publish = await Run(recorder, "publish", "f1", JobRunOutcome.Succeeded);
        clock.Now = Midnight.AddHours(3);
        var xFailed = await Run(recorder, "pull:x", "f2", JobRunOutcome.Failed);
        clock.Now = Midnight.AddHours(2);
        var xSucceeded = await Run(recorder, "pull:x", "f3", JobRunOutcome.Succeeded);
        clock.Now = Midnight.AddHours(3);
        var y = await Run(recorder, "pull:y", "f4", JobRunOutcome.Skipped);

        var queries = new JobRunQueries(db);
        (await queries.RecentAsync(10, null, CancellationToken.None)).Select(r => r.Id).Should().Equal(y, xFailed, xSucceeded, publish);
        (await queries.RecentAsync(3, null, CancellationToken.None)).Select(r => r.Id).Should().Equal(y, xFailed, xSucceeded);
        (await queries.RecentAsync(10, "pull:x", CancellationToken.None)).Select(r => r.Id).Should().Equal(xFailed, xSucceeded);
        (await queries.RecentAsync(0, null, CancellationToken.None)).Should().BeEmpty();
        (await queries.RecentAsync(10, "pull:nothing", CancellationToken.None)).Should().BeEmpty();

        (await queries.LastAsync("pull:x", null, CancellationToken.None))!.Id.Should().Be(xFailed);
        (await queries.LastAsync("pull:x", JobRunOutcome.Succeeded, CancellationToken.None))!.StartedAt.Should().Be(Midnight.AddHours(2));
        (await queries.LastAsync("pull:x", JobRunOutcome.Interrupted, CancellationToken.None)).Should().BeNull();
        (await queries.LastAsync("pull:nothing", null, CancellationToken.None)).Should().BeNull();
    }

    private static async Task<long> Run(JobRunRecorder recorder, string job, string fire, JobRunOutcome outcome)
    {
        var id = await recorder.StartedAsync(JobRunRecorderTests.Start(job, fire, 1, "node"), CancellationToken.None);
        await recorder.FinishedAsync(id, new JobRunEnd(outcome), CancellationToken.None);
        return id;
    }
}
