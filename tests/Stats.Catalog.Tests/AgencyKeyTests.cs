using Stats.Catalog.ApiKeys;
using Stats.Catalog.Entities;

namespace Stats.Catalog.Tests;

public sealed class AgencyKeyTests
{
    private static readonly DateTimeOffset T0 = new(2026, 3, 2, 9, 0, 0, TimeSpan.Zero);

    [Theory, OnSqlite, OnPostgreSql]
    public async Task An_agency_key_keeps_its_contracts_trimmed_distinct_and_in_order(CatalogProvider provider)
    {
        await using var catalog = await TestCatalog.CreateAsync(provider);
        CreatedApiKey created;
        await using (var db = await catalog.OpenAsync())
        {
            created = await new ApiKeyStore(db, new ManualClock(T0))
                .AddAsync("police-upload", ApiKeyRole.Agency, [" police-victims", "police-suspects", "police-victims "], CancellationToken.None);
        }

        created.Contracts.Should().Equal("police-suspects", "police-victims");
        await using var reader = await catalog.OpenAsync();
        var store = new ApiKeyStore(reader, new ManualClock(T0));
        var active = (await store.FindActiveAsync(ApiKeySecret.Hash(created.Key), CancellationToken.None))!;
        (active.Name, active.Role).Should().Be(("police-upload", ApiKeyRole.Agency));
        active.Contracts.Should().Equal("police-suspects", "police-victims");
        (await catalog.StringsAsync("SELECT role FROM api_keys")).Should().Equal("Agency");
    }

    [Theory, OnSqlite, OnPostgreSql]
    public async Task A_reading_key_has_no_contracts(CatalogProvider provider)
    {
        await using var catalog = await TestCatalog.CreateAsync(provider);
        await using var db = await catalog.OpenAsync();
        var store = new ApiKeyStore(db, new ManualClock(T0));
        var created = await store.AddAsync("dashboard", ApiKeyRole.Analyst, CancellationToken.None);
        created.Contracts.Should().BeEmpty();
        (await store.FindActiveAsync(ApiKeySecret.Hash(created.Key), CancellationToken.None))!.Contracts.Should().BeEmpty();
    }

    [Theory, OnSqlite, OnPostgreSql]
    public async Task Contracts_must_match_the_role_and_look_like_contract_ids(CatalogProvider provider)
    {
        await using var catalog = await TestCatalog.CreateAsync(provider);
        await using var db = await catalog.OpenAsync();
        var store = new ApiKeyStore(db, new ManualClock(T0));

        var none = () => store.AddAsync("a", ApiKeyRole.Agency, CancellationToken.None);
        (await none.Should().ThrowAsync<ApiKeyException>()).Which.Message.Should().Contain("at least one contract id");
        var blank = () => store.AddAsync("a", ApiKeyRole.Agency, ["  "], CancellationToken.None);
        await blank.Should().ThrowAsync<ApiKeyException>();
        var spaced = () => store.AddAsync("a", ApiKeyRole.Agency, ["police victims"], CancellationToken.None);
        (await spaced.Should().ThrowAsync<ApiKeyException>()).Which.Message.Should().Contain("'police victims' is not a contract id");
        var reader = () => store.AddAsync("b", ApiKeyRole.Analyst, ["police-victims"], CancellationToken.None);
        (await reader.Should().ThrowAsync<ApiKeyException>()).Which.Message.Should().Contain("analyst key must have none");

        (await store.ListAsync(CancellationToken.None)).Should().BeEmpty();
    }

    [Fact]
    public void Agency_parses_as_a_role_and_is_stored_as_3()
    {
        ApiKeyStore.ParseRole(" Agency ").Should().Be(ApiKeyRole.Agency);
        ((int)ApiKeyRole.Agency).Should().Be(3);
    }
}
