using Microsoft.EntityFrameworkCore;
using Stats.Catalog.Entities;
using Stats.Catalog.Queries;
using Stats.Catalog.Recording;

namespace Stats.Catalog.Tests;

public sealed class PublishTests
{
    private static readonly DateTimeOffset Noon = new(2025, 5, 2, 12, 0, 0, TimeSpan.Zero);

    [Theory, OnSqlite, OnPostgreSql]
    public async Task Vintages_and_failed_attempts_are_kept_apart_and_in_time_order(CatalogProvider provider)
    {
        await using var catalog = await TestCatalog.CreateAsync(provider);
        await using (var db = await catalog.OpenAsync())
        {
            var recorder = new CatalogRecorder(db, new ManualClock(Noon));
            await recorder.VintagePublishedAsync(1, Noon, "vintage-0001.duckdb", CancellationToken.None);
            await recorder.PublishFailedAsync(Noon.AddDays(1), ["no_orphan_facts", "person_year_unique"], "2 data tests failed", CancellationToken.None);
            await recorder.VintagePublishedAsync(2, Noon.AddDays(2), "vintage-0002.duckdb", CancellationToken.None);
        }

        await using var reader = await catalog.OpenAsync();
        var queries = new CatalogQueries(reader);
        (await queries.VintagesAsync(CancellationToken.None)).Select(v => (v.Id, v.PublishedAt, v.FileName)).Should().Equal(
            (2, Noon.AddDays(2), "vintage-0002.duckdb"),
            (1, Noon, "vintage-0001.duckdb"));

        var attempts = await queries.RecentPublishAttemptsAsync(10, CancellationToken.None);
        attempts.Select(a => (a.Status, a.VintageId, a.AttemptedAt)).Should().Equal(
            (PublishStatus.Published, 2, Noon.AddDays(2)),
            (PublishStatus.Failed, (int?)null, Noon.AddDays(1)),
            (PublishStatus.Published, 1, Noon));
        attempts[1].FailedTests.Should().Equal("no_orphan_facts", "person_year_unique");
        attempts[1].Message.Should().Be("2 data tests failed");
        attempts[0].FailedTests.Should().BeEmpty();

        (await queries.RecentPublishAttemptsAsync(1, CancellationToken.None)).Should().ContainSingle().Which.VintageId.Should().Be(2);

        // Failed test names are one column, readable without EF: a JSON array on SQLite, text[] on PostgreSQL.
        var column = provider == CatalogProvider.Sqlite ? "failed_tests" : "array_to_json(failed_tests)::text";
        (await catalog.StringsAsync($"SELECT {column} FROM publish_attempts WHERE status = 'Failed'"))
            .Should().Equal("[\"no_orphan_facts\",\"person_year_unique\"]");
    }

    [Theory, OnSqlite, OnPostgreSql]
    public async Task A_vintage_id_is_recorded_once(CatalogProvider provider)
    {
        await using var catalog = await TestCatalog.CreateAsync(provider);
        await using var db = await catalog.OpenAsync();
        var recorder = new CatalogRecorder(db, new ManualClock(Noon));
        await recorder.VintagePublishedAsync(7, Noon, "v7.duckdb", CancellationToken.None);

        var again = () => recorder.VintagePublishedAsync(7, Noon.AddHours(1), "v7b.duckdb", CancellationToken.None);
        await again.Should().ThrowAsync<InvalidOperationException>().WithMessage("*7*already*");
        (await db.PublishAttempts.CountAsync()).Should().Be(1);
    }
}
