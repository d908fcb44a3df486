using Microsoft.EntityFrameworkCore;
using Stats.Catalog.Queries;
using Stats.Catalog.Recording;

namespace Stats.Catalog.Tests;

public sealed class TimestampTests
{
    [Theory, OnSqlite, OnPostgreSql]
    public async Task Deliveries_order_and_filter_by_instant_whatever_offset_they_were_recorded_in(CatalogProvider provider)
    {
        await using var catalog = await TestCatalog.CreateAsync(provider);
        // Local wall-clock order (10:00, 09:00, 07:30) differs from instant order (08:00Z, 09:00Z, 08:30Z)
        // and from insertion order, so only a correct instant comparison passes.
        var clock = new ManualClock(new DateTimeOffset(2025, 7, 1, 10, 0, 0, TimeSpan.FromHours(2)));
        await using var db = await catalog.OpenAsync();
        var recorder = new CatalogRecorder(db, clock);
        var a = await recorder.DeliveryStartedAsync("c", "S", "a.csv", new string('a', 64), CancellationToken.None);
        clock.Now = new DateTimeOffset(2025, 7, 1, 9, 0, 0, TimeSpan.Zero);
        var b = await recorder.DeliveryStartedAsync("c", "S", "b.csv", new string('b', 64), CancellationToken.None);
        clock.Now = new DateTimeOffset(2025, 7, 1, 7, 30, 0, TimeSpan.FromHours(-1));
        var c = await recorder.DeliveryStartedAsync("c", "S", "c.csv", new string('c', 64), CancellationToken.None);

        var recent = await new CatalogQueries(db).RecentDeliveriesAsync(10, CancellationToken.None);
        recent.Select(d => d.Id).Should().Equal(b, c, a);
        recent[0].ReceivedAt.Should().Be(new DateTimeOffset(2025, 7, 1, 9, 0, 0, TimeSpan.Zero));
        recent[0].ReceivedAt.Offset.Should().Be(TimeSpan.Zero);

        var since = new DateTimeOffset(2025, 7, 1, 10, 15, 0, TimeSpan.FromHours(2)); // 08:15Z
        (await db.Deliveries.Where(d => d.ReceivedAt >= since).OrderBy(d => d.ReceivedAt).Select(d => d.Id).ToListAsync())
            .Should().Equal(c, b);

        (await new CatalogQueries(db).RecentDeliveriesAsync(1, CancellationToken.None)).Single().Id.Should().Be(b);

        // SQLite: fixed-width UTC text; PostgreSQL: timestamptz holding the same instants.
        (await catalog.StringsAsync($"SELECT {InstantSql.Text(provider, "received_at")} FROM deliveries ORDER BY id")).Should().Equal(
            "2025-07-01T08:00:00.0000000Z", "2025-07-01T09:00:00.0000000Z", "2025-07-01T08:30:00.0000000Z");
    }
}
