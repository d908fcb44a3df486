using Stats.Catalog.Entities;
using Stats.Catalog.Subscriptions;

namespace Stats.Catalog.Tests.Subscriptions;

public sealed class SubscriptionStoreTests
{
    private static readonly DateTimeOffset T0 = new(2025, 11, 3, 7, 30, 0, TimeSpan.Zero);
    private readonly ManualClock _clock = new(T0);

    [Theory, OnSqlite, OnPostgreSql]
    public async Task A_subscription_is_stored_trimmed_active_and_with_its_role_as_text(CatalogProvider provider)
    {
        await using var catalog = await TestCatalog.CreateAsync(provider);
        await using (var db = await catalog.OpenAsync())
        {
            var added = await new SubscriptionStore(db, _clock).AddAsync("  Minister's office ", " office@interior.example ", SubscriptionRole.Analyst, "ministry", CancellationToken.None);
            added.Name.Should().Be("Minister's office");
            added.Id.Should().BePositive();
        }

        (await catalog.StringsAsync(
                $"SELECT name || '|' || email || '|' || role || '|' || pack_id || '|' || {Bool(provider, "active")} || '|' || {InstantSql.Text(provider, "created_at")} FROM subscriptions"))
            .Should().Equal("Minister's office|office@interior.example|Analyst|ministry|1|2025-11-03T07:30:00.0000000Z");
    }

    [Theory, OnSqlite, OnPostgreSql]
    public async Task Bad_addresses_pack_ids_and_taken_names_are_refused_with_the_reason(CatalogProvider provider)
    {
        await using var catalog = await TestCatalog.CreateAsync(provider);
        await using var db = await catalog.OpenAsync();
        var store = new SubscriptionStore(db, _clock);
        await store.AddAsync("press", "press@stats.example", SubscriptionRole.Public, "ministry", CancellationToken.None);

        foreach (var email in new[] { "not-an-address", "someone@", "Press Office <press@stats.example>", "", "a@b.example, c@d.example" })
        {
            var add = () => store.AddAsync("other", email, SubscriptionRole.Public, "ministry", CancellationToken.None);
            (await add.Should().ThrowAsync<SubscriptionException>($"'{email}' is not a plain address")).Which.Message.Should().Contain("not an e-mail address");
        }

        var badPack = () => store.AddAsync("other", "o@stats.example", SubscriptionRole.Public, "../ministry", CancellationToken.None);
        (await badPack.Should().ThrowAsync<SubscriptionException>()).Which.Message.Should().Contain("not a pack id");
        var taken = () => store.AddAsync(" press", "other@stats.example", SubscriptionRole.Analyst, "ministry", CancellationToken.None);
        (await taken.Should().ThrowAsync<SubscriptionException>()).Which.Message.Should().Contain("'press' already exists");
        (await catalog.StringsAsync("SELECT name FROM subscriptions")).Should().Equal("press");
    }

    [Theory, OnSqlite, OnPostgreSql]
    public async Task The_list_filters_by_pack_and_hides_inactive_subscriptions_unless_asked(CatalogProvider provider)
    {
        await using var catalog = await TestCatalog.CreateAsync(provider);
        await using var db = await catalog.OpenAsync();
        var store = new SubscriptionStore(db, _clock);
        await store.AddAsync("b-analyst", "b@x.example", SubscriptionRole.Analyst, "ministry", CancellationToken.None);
        await store.AddAsync("a-public", "a@x.example", SubscriptionRole.Public, "ministry", CancellationToken.None);
        await store.AddAsync("c-police", "c@x.example", SubscriptionRole.Public, "police", CancellationToken.None);
        var paused = await store.AddAsync("d-paused", "d@x.example", SubscriptionRole.Public, "ministry", CancellationToken.None);
        paused.Active = false;
        await db.SaveChangesAsync();

        (await store.ListAsync("ministry", includeInactive: false, CancellationToken.None)).Select(s => s.Name).Should().Equal("a-public", "b-analyst");
        (await store.ListAsync("ministry", includeInactive: true, CancellationToken.None)).Select(s => s.Name).Should().Equal("a-public", "b-analyst", "d-paused");
        (await store.ListAsync(null, includeInactive: false, CancellationToken.None)).Select(s => s.Name).Should().Equal("a-public", "b-analyst", "c-police");
        (await store.ListAsync("nothing", includeInactive: true, CancellationToken.None)).Should().BeEmpty();
    }

    [Theory, OnSqlite, OnPostgreSql]
    public async Task A_recipient_is_found_by_name_or_by_address_in_any_case_and_a_shared_address_is_ambiguous(CatalogProvider provider)
    {
        await using var catalog = await TestCatalog.CreateAsync(provider);
        await using var db = await catalog.OpenAsync();
        var store = new SubscriptionStore(db, _clock);
        await store.AddAsync("minister", "Minister@Interior.example", SubscriptionRole.Analyst, "ministry", CancellationToken.None);
        await store.AddAsync("desk-public", "desk@interior.example", SubscriptionRole.Public, "ministry", CancellationToken.None);
        await store.AddAsync("desk-analyst", "desk@interior.example", SubscriptionRole.Analyst, "ministry", CancellationToken.None);

        (await store.FindAsync(" minister ", CancellationToken.None))!.Role.Should().Be(SubscriptionRole.Analyst);
        (await store.FindAsync("minister@interior.EXAMPLE", CancellationToken.None))!.Name.Should().Be("minister");
        (await store.FindAsync("desk-public", CancellationToken.None))!.Role.Should().Be(SubscriptionRole.Public);
        (await store.FindAsync("nobody@interior.example", CancellationToken.None)).Should().BeNull();
        (await store.FindAsync("", CancellationToken.None)).Should().BeNull();
        var ambiguous = () => store.FindAsync("desk@interior.example", CancellationToken.None);
        (await ambiguous.Should().ThrowAsync<SubscriptionException>()).Which.Message.Should().Contain("desk-analyst, desk-public");
    }

    [Theory, OnSqlite, OnPostgreSql]
    public async Task Removing_a_subscription_keeps_its_deliveries_with_the_copied_recipient(CatalogProvider provider)
    {
        await using var catalog = await TestCatalog.CreateAsync(provider);
        await using (var db = await catalog.OpenAsync())
        {
            var store = new SubscriptionStore(db, _clock);
            var sub = await store.AddAsync("minister", "m@interior.example", SubscriptionRole.Analyst, "ministry", CancellationToken.None);
            await store.RecordDeliveryAsync(new PackDeliveryRecord(sub, "2025-10", 7, PackDeliveryStatus.Sent, SmtpMessageId: "<abc@stats>", OutboxPath: "/out/2025-10/ministry/minister"), CancellationToken.None);
        }

        (await catalog.StringsAsync("SELECT coalesce(cast(subscription_id as text), 'null') FROM pack_deliveries")).Should().NotEqual(["null"]);

        // A fresh context does not track the delivery, so the database's own ON DELETE SET NULL has to act.
        await using (var db = await catalog.OpenAsync())
        {
            var store = new SubscriptionStore(db, _clock);
            (await store.RemoveAsync("minister", CancellationToken.None)).Email.Should().Be("m@interior.example");
            var again = () => store.RemoveAsync("minister", CancellationToken.None);
            (await again.Should().ThrowAsync<SubscriptionException>()).Which.Message.Should().Contain("No subscription named 'minister'");
        }

        (await catalog.StringsAsync("SELECT count(*) FROM subscriptions")).Should().Equal("0");
        (await catalog.StringsAsync("SELECT coalesce(cast(subscription_id as text), 'null') || '|' || recipient_name || '|' || recipient_email || '|' || role || '|' || status FROM pack_deliveries"))
            .Should().Equal("null|minister|m@interior.example|Analyst|Sent");
    }

    private static string Bool(CatalogProvider provider, string column) =>
        provider == CatalogProvider.Sqlite ? $"cast({column} as text)" : $"cast(cast({column} as int) as text)";
}
