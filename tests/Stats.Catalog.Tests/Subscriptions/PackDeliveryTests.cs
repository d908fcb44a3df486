using Stats.Catalog.Entities;
using Stats.Catalog.Subscriptions;

namespace Stats.Catalog.Tests.Subscriptions;

public sealed class PackDeliveryTests
{
    private static readonly DateTimeOffset T0 = new(2025, 11, 3, 7, 30, 0, TimeSpan.Zero);
    private readonly ManualClock _clock = new(T0);

    [Theory, OnSqlite, OnPostgreSql]
    public async Task A_delivery_copies_the_recipient_and_is_sent_only_when_the_server_accepted_it(CatalogProvider provider)
    {
        await using var catalog = await TestCatalog.CreateAsync(provider);
        await using (var db = await catalog.OpenAsync())
        {
            var store = new SubscriptionStore(db, _clock);
            var sub = await store.AddAsync("press", "press@stats.example", SubscriptionRole.Public, "ministry", CancellationToken.None);
            _clock.Now = T0.AddMinutes(1);
            await store.RecordDeliveryAsync(new PackDeliveryRecord(sub, "2025-10", 12, PackDeliveryStatus.Sent, "<m1@stats>", "/o/a"), CancellationToken.None);
            _clock.Now = T0.AddMinutes(2);
            await store.RecordDeliveryAsync(new PackDeliveryRecord(sub, "2025-10", 12, PackDeliveryStatus.OutboxOnly, OutboxPath: "/o/b"), CancellationToken.None);
            _clock.Now = T0.AddMinutes(3);
            var failed = await store.RecordDeliveryAsync(
                new PackDeliveryRecord(sub, "2025-10", 12, PackDeliveryStatus.Failed, ErrorMessage: new string('x', 2500)), CancellationToken.None);
            failed.ErrorMessage!.Length.Should().Be(2000, "the message is cut to the column's length, not refused");
        }

        var text = $"SELECT pack_id || '|' || month || '|' || recipient_name || '|' || recipient_email || '|' || role || '|' || cast(vintage_id as text) || '|' || status || '|' || "
            + $"{InstantSql.Text(provider, "created_at")} || '|' || coalesce({InstantSql.Text(provider, "sent_at")}, '-') || '|' || coalesce(smtp_message_id, '-') || '|' || coalesce(outbox_path, '-') "
            + "FROM pack_deliveries ORDER BY id";
        (await catalog.StringsAsync(text)).Should().Equal(
            "ministry|2025-10|press|press@stats.example|Public|12|Sent|2025-11-03T07:31:00.0000000Z|2025-11-03T07:31:00.0000000Z|<m1@stats>|/o/a",
            "ministry|2025-10|press|press@stats.example|Public|12|OutboxOnly|2025-11-03T07:32:00.0000000Z|-|-|/o/b",
            "ministry|2025-10|press|press@stats.example|Public|12|Failed|2025-11-03T07:33:00.0000000Z|-|-|-");
    }

    [Theory, OnSqlite, OnPostgreSql]
    public async Task A_record_missing_what_its_status_needs_or_with_a_bad_month_is_refused(CatalogProvider provider)
    {
        await using var catalog = await TestCatalog.CreateAsync(provider);
        await using var db = await catalog.OpenAsync();
        var store = new SubscriptionStore(db, _clock);
        var sub = await store.AddAsync("press", "press@stats.example", SubscriptionRole.Public, "ministry", CancellationToken.None);

        await FluentActions.Awaiting(() => store.RecordDeliveryAsync(new PackDeliveryRecord(sub, "2025-10", 1, PackDeliveryStatus.Sent, OutboxPath: "/o"), CancellationToken.None))
            .Should().ThrowAsync<ArgumentException>().WithMessage("*message id*");
        await FluentActions.Awaiting(() => store.RecordDeliveryAsync(new PackDeliveryRecord(sub, "2025-10", 1, PackDeliveryStatus.OutboxOnly), CancellationToken.None))
            .Should().ThrowAsync<ArgumentException>().WithMessage("*outbox folder*");
        await FluentActions.Awaiting(() => store.RecordDeliveryAsync(new PackDeliveryRecord(sub, "2025-10", 1, PackDeliveryStatus.Failed), CancellationToken.None))
            .Should().ThrowAsync<ArgumentException>().WithMessage("*error message*");
        foreach (var month in new[] { "2025-13", "2025-1", "10/2025", "2025-10-01", "" })
        {
            await FluentActions.Awaiting(() => store.RecordDeliveryAsync(new PackDeliveryRecord(sub, month, 1, PackDeliveryStatus.OutboxOnly, OutboxPath: "/o"), CancellationToken.None))
                .Should().ThrowAsync<SubscriptionException>().WithMessage("*yyyy-MM*");
        }

        (await catalog.StringsAsync("SELECT count(*) FROM pack_deliveries")).Should().Equal("0");
    }

    [Theory, OnSqlite, OnPostgreSql]
    public async Task Last_months_baseline_is_the_newest_successful_delivery_of_the_pack_before_the_month(CatalogProvider provider)
    {
        await using var catalog = await TestCatalog.CreateAsync(provider);
        await using var db = await catalog.OpenAsync();
        var store = new SubscriptionStore(db, _clock);
        var press = await store.AddAsync("press", "press@stats.example", SubscriptionRole.Public, "ministry", CancellationToken.None);
        var police = await store.AddAsync("police", "police@stats.example", SubscriptionRole.Public, "police", CancellationToken.None);

        // In recording order (the clock moves a minute each time). Vintages are chosen so that each answer below has
        // exactly one right value.
        var rows = new (Subscription Who, string Month, int Vintage, PackDeliveryStatus Status)[]
        {
            (press, "2025-08", 3, PackDeliveryStatus.Sent),
            (press, "2025-09", 4, PackDeliveryStatus.OutboxOnly),
            (press, "2025-09", 7, PackDeliveryStatus.Sent),          // re-sent later in the month with a newer vintage
            (press, "2025-09", 8, PackDeliveryStatus.Failed),        // a failure never becomes the baseline
            (police, "2025-10", 9, PackDeliveryStatus.Sent),         // another pack
            (press, "2025-10", 10, PackDeliveryStatus.Sent),
            (press, "2025-12", 11, PackDeliveryStatus.OutboxOnly),
        };
        foreach (var (who, month, vintage, status) in rows)
        {
            _clock.Now = _clock.Now.AddMinutes(1);
            await store.RecordDeliveryAsync(
                new PackDeliveryRecord(who, month, vintage, status, status == PackDeliveryStatus.Sent ? "<id@x>" : null, "/o", status == PackDeliveryStatus.Failed ? "refused" : null),
                CancellationToken.None);
        }

        async Task<int?> Baseline(string pack, string month) => (await store.LastDeliveryBeforeAsync(pack, month, CancellationToken.None))?.VintageId;
        (await Baseline("ministry", "2025-08")).Should().BeNull("nothing was delivered before August");
        (await Baseline("ministry", "2025-09")).Should().Be(3);
        (await Baseline("ministry", "2025-10")).Should().Be(7, "September's newest successful delivery, not the failed one after it");
        (await Baseline("ministry", "2025-11")).Should().Be(10, "the other pack's October delivery does not count");
        (await Baseline("ministry", "2026-01")).Should().Be(11, "December sorts before the next January");
        (await Baseline("police", "2025-11")).Should().Be(9);
        (await Baseline("police", "2025-10")).Should().BeNull();
        await FluentActions.Awaiting(() => store.LastDeliveryBeforeAsync("ministry", "October", CancellationToken.None)).Should().ThrowAsync<SubscriptionException>();
    }
}
