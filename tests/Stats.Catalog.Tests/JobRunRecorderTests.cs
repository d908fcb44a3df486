using Stats.Catalog.Entities;
using Stats.Catalog.Jobs;

namespace Stats.Catalog.Tests;

public sealed class JobRunRecorderTests
{
    private static readonly DateTimeOffset T0 = new(2026, 4, 6, 2, 0, 0, TimeSpan.Zero);

    [Theory, OnSqlite, OnPostgreSql]
    public async Task A_run_reads_back_with_every_column_as_started_and_finished(CatalogProvider provider)
    {
        await using var catalog = await TestCatalog.CreateAsync(provider);
        // The clock runs in UTC+2: 04:00:03+02:00 is 02:00:03Z.
        var clock = new ManualClock(new DateTimeOffset(2026, 4, 6, 4, 0, 3, TimeSpan.FromHours(2)));
        long id;
        await using (var db = await catalog.OpenAsync())
        {
            var recorder = new JobRunRecorder(db, clock);
            id = await recorder.StartedAsync(new JobRunStart("pull:police-victims", JobRunTriggers.Cron, "fire-1", 1, T0, "node-a"), CancellationToken.None);
            (await new JobRunQueries(db).RunningAsync(CancellationToken.None)).Should().ContainSingle().Which.Id.Should().Be(id);

            clock.Now = T0.AddSeconds(45);
            await recorder.FinishedAsync(id, new JobRunEnd(JobRunOutcome.Succeeded, FilesSeen: 3, DeliveriesLoaded: 2, DeliveriesRefused: 1, RowsLoaded: 1250, VintageId: 7, Message: "2 loaded, 1 refused"), CancellationToken.None);
        }

        await using var reader = await catalog.OpenAsync();
        var run = (await new JobRunQueries(reader).RecentAsync(10, null, CancellationToken.None)).Should().ContainSingle().Subject;
        run.Should().Be(new JobRunRecord(
            id, "pull:police-victims", "cron", "fire-1", 1, T0, T0.AddSeconds(3), T0.AddSeconds(45), JobRunOutcome.Succeeded,
            3, 2, 1, 0, 1250, 7, "2 loaded, 1 refused", "node-a"));
        run.StartedAt.Offset.Should().Be(TimeSpan.Zero);
        (await new JobRunQueries(reader).RunningAsync(CancellationToken.None)).Should().BeEmpty();
        (await catalog.StringsAsync("SELECT outcome FROM job_runs")).Should().Equal("Succeeded");
    }

    [Theory, OnSqlite, OnPostgreSql]
    public async Task A_run_finishes_once_and_an_attempt_of_a_firing_starts_once(CatalogProvider provider)
    {
        await using var catalog = await TestCatalog.CreateAsync(provider);
        await using var db = await catalog.OpenAsync();
        var recorder = new JobRunRecorder(db, new ManualClock(T0));
        var first = await recorder.StartedAsync(Start("publish", "fire-9", 1, "node-a"), CancellationToken.None);

        var running = () => recorder.FinishedAsync(first, new JobRunEnd(JobRunOutcome.Running), CancellationToken.None);
        await running.Should().ThrowAsync<ArgumentException>();
        await recorder.FinishedAsync(first, new JobRunEnd(JobRunOutcome.WillRetry, Message: "warehouse busy"), CancellationToken.None);
        var again = () => recorder.FinishedAsync(first, new JobRunEnd(JobRunOutcome.Succeeded), CancellationToken.None);
        await again.Should().ThrowAsync<InvalidOperationException>().WithMessage("*already finished as WillRetry*");
        var unknown = () => recorder.FinishedAsync(first + 100, new JobRunEnd(JobRunOutcome.Succeeded), CancellationToken.None);
        await unknown.Should().ThrowAsync<InvalidOperationException>().WithMessage("*never started*");

        var twice = () => recorder.StartedAsync(Start("publish", "fire-9", 1, "node-a"), CancellationToken.None);
        await twice.Should().ThrowAsync<InvalidOperationException>().WithMessage("*Attempt 1 of firing 'fire-9'*already*");
        var retry = await recorder.StartedAsync(Start("publish", "fire-9", 2, "node-a"), CancellationToken.None);
        retry.Should().NotBe(first);

        var zeroth = () => recorder.StartedAsync(Start("publish", "fire-9", 0, "node-a"), CancellationToken.None);
        await zeroth.Should().ThrowAsync<ArgumentOutOfRangeException>();
        (await catalog.StringsAsync("SELECT attempt FROM job_runs ORDER BY attempt")).Should().Equal("1", "2");
    }

    [Theory, OnSqlite, OnPostgreSql]
    public async Task Marking_interrupted_touches_only_the_running_rows_of_the_given_instance(CatalogProvider provider)
    {
        await using var catalog = await TestCatalog.CreateAsync(provider);
        var clock = new ManualClock(T0);
        await using var db = await catalog.OpenAsync();
        var recorder = new JobRunRecorder(db, clock);
        var deadOnA = await recorder.StartedAsync(Start("pull:a", "f1", 1, "node-a"), CancellationToken.None);
        var doneOnA = await recorder.StartedAsync(Start("pull:b", "f2", 1, "node-a"), CancellationToken.None);
        await recorder.FinishedAsync(doneOnA, new JobRunEnd(JobRunOutcome.Failed, Message: "404 from the agency"), CancellationToken.None);
        var aliveOnB = await recorder.StartedAsync(Start("pull:c", "f3", 1, "node-b"), CancellationToken.None);

        clock.Now = T0.AddHours(1);
        (await recorder.MarkInterruptedAsync("node-a", CancellationToken.None)).Should().Be(1);
        (await recorder.MarkInterruptedAsync("node-a", CancellationToken.None)).Should().Be(0);

        await using var reader = await catalog.OpenAsync();
        var runs = (await new JobRunQueries(reader).RecentAsync(10, null, CancellationToken.None)).ToDictionary(r => r.Id);
        (runs[deadOnA].Outcome, runs[deadOnA].FinishedAt, runs[deadOnA].Message).Should().Be(
            (JobRunOutcome.Interrupted, T0.AddHours(1), "interrupted: the process stopped during the run"));
        (runs[doneOnA].Outcome, runs[doneOnA].FinishedAt, runs[doneOnA].Message).Should().Be((JobRunOutcome.Failed, T0, "404 from the agency"));
        (runs[aliveOnB].Outcome, runs[aliveOnB].FinishedAt).Should().Be((JobRunOutcome.Running, (DateTimeOffset?)null));
        (await new JobRunQueries(reader).RunningAsync(CancellationToken.None)).Select(r => r.Id).Should().Equal(aliveOnB);
    }

    [Theory, OnSqlite, OnPostgreSql]
    public async Task A_message_longer_than_the_column_keeps_its_first_characters(CatalogProvider provider)
    {
        await using var catalog = await TestCatalog.CreateAsync(provider);
        await using var db = await catalog.OpenAsync();
        var recorder = new JobRunRecorder(db, new ManualClock(T0));
        var id = await recorder.StartedAsync(Start("retention", "f", 1, "n"), CancellationToken.None);
        await recorder.FinishedAsync(id, new JobRunEnd(JobRunOutcome.Failed, Message: "boom " + new string('x', 5000)), CancellationToken.None);

        var message = (await new JobRunQueries(db).LastAsync("retention", null, CancellationToken.None))!.Message!;
        message.Length.Should().Be(4000);
        message.Should().StartWith("boom xxx").And.EndWith("x…");
    }

    internal static JobRunStart Start(string job, string fire, int attempt, string instance) =>
        new(job, JobRunTriggers.Manual, fire, attempt, null, instance);
}
