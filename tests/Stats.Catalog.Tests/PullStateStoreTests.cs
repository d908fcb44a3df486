using Microsoft.EntityFrameworkCore;
using Stats.Catalog.Pulls;

namespace Stats.Catalog.Tests;

public sealed class PullStateStoreTests
{
    private const string Url = "https://data.police.example/exports/victims.csv";
    private static readonly DateTimeOffset T0 = new(2026, 6, 1, 5, 0, 0, TimeSpan.Zero);
    private static readonly DateTimeOffset Modified = new(2026, 5, 31, 22, 15, 0, TimeSpan.Zero);

    [Theory, OnSqlite, OnPostgreSql]
    public async Task Fetches_and_304s_update_the_state_of_one_contract_and_url(CatalogProvider provider)
    {
        await using var catalog = await TestCatalog.CreateAsync(provider);
        var clock = new ManualClock(T0);
        await using (var db = await catalog.OpenAsync())
        {
            var store = new PullStateStore(db, clock);
            (await store.GetAsync("police-victims", Url, CancellationToken.None)).Should().BeNull();
            await store.FetchedAsync("police-victims", Url, new PullValidators("\"v1\"", Modified), new string('a', 64), CancellationToken.None);

            clock.Now = T0.AddHours(1);
            await store.CheckedAsync("police-victims", Url, CancellationToken.None);
        }

        await using (var db = await catalog.OpenAsync())
        {
            (await new PullStateStore(db, clock).GetAsync("police-victims", Url, CancellationToken.None))
                .Should().Be(new PullValidators("\"v1\"", Modified));
            var state = await db.PullStates.AsNoTracking().SingleAsync();
            (state.LastCheckedAt, state.LastFetchedAt, state.LastContentSha256).Should().Be((T0.AddHours(1), (DateTimeOffset?)T0, new string('a', 64)));
        }

        // A new body without an ETag replaces the old validators; another contract pulling the same URL keeps its own row.
        clock.Now = T0.AddHours(2);
        await using (var db = await catalog.OpenAsync())
        {
            var store = new PullStateStore(db, clock);
            await store.FetchedAsync("police-victims", Url, new PullValidators(null, Modified.AddDays(1)), new string('b', 64), CancellationToken.None);
            await store.FetchedAsync("police-suspects", Url, new PullValidators("W/\"s\"", null), new string('c', 64), CancellationToken.None);
        }

        await using (var db = await catalog.OpenAsync())
        {
            var store = new PullStateStore(db, clock);
            (await store.GetAsync("police-victims", Url, CancellationToken.None)).Should().Be(new PullValidators(null, Modified.AddDays(1)));
            (await store.GetAsync("police-suspects", Url, CancellationToken.None)).Should().Be(new PullValidators("W/\"s\"", null));
            var victims = await db.PullStates.AsNoTracking().SingleAsync(p => p.ContractId == "police-victims");
            (victims.LastCheckedAt, victims.LastFetchedAt, victims.LastContentSha256).Should().Be((T0.AddHours(2), (DateTimeOffset?)T0.AddHours(2), new string('b', 64)));
        }

        (await catalog.StringsAsync("SELECT contract_id FROM pull_states ORDER BY contract_id")).Should().Equal("police-suspects", "police-victims");
    }

    [Theory, OnSqlite, OnPostgreSql]
    public async Task A_url_with_credentials_or_a_malformed_hash_is_refused_and_nothing_is_stored(CatalogProvider provider)
    {
        await using var catalog = await TestCatalog.CreateAsync(provider);
        await using var db = await catalog.OpenAsync();
        var store = new PullStateStore(db, new ManualClock(T0));

        var secret = () => store.FetchedAsync("c", "https://agency:s3cret@data.example/x.csv", new PullValidators(null, null), new string('a', 64), CancellationToken.None);
        (await secret.Should().ThrowAsync<ArgumentException>()).Which.Message.Should().Contain("credentials").And.NotContain("s3cret");
        var upper = () => store.FetchedAsync("c", Url, new PullValidators(null, null), new string('A', 64), CancellationToken.None);
        await upper.Should().ThrowAsync<ArgumentException>();
        var relative = () => store.CheckedAsync("c", "/exports/x.csv", CancellationToken.None);
        await relative.Should().ThrowAsync<ArgumentException>();

        (await catalog.StringsAsync("SELECT count(*) FROM pull_states")).Should().Equal("0");
    }
}
