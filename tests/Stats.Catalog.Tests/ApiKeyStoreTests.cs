using System.Security.Cryptography;
using System.Text;
using Stats.Catalog.ApiKeys;
using Stats.Catalog.Entities;

namespace Stats.Catalog.Tests;

public sealed class ApiKeyStoreTests
{
    private static readonly DateTimeOffset T0 = new(2026, 3, 2, 9, 0, 0, TimeSpan.Zero);
    private readonly ManualClock _clock = new(T0);

    [Theory, OnSqlite, OnPostgreSql]
    public async Task A_new_key_is_returned_once_and_only_its_sha256_is_stored(CatalogProvider provider)
    {
        await using var catalog = await TestCatalog.CreateAsync(provider);
        CreatedApiKey created;
        await using (var db = await catalog.OpenAsync())
        {
            created = await new ApiKeyStore(db, _clock).AddAsync("  excel-ministry ", ApiKeyRole.Analyst, CancellationToken.None);
        }

        created.Name.Should().Be("excel-ministry");
        created.Key.Should().MatchRegex("^stats_[A-Za-z0-9_-]{43}$", "32 random bytes in base64url after the prefix");
        created.CreatedAt.Should().Be(T0);

        // The hash worked out here with the BCL, not through ApiKeySecret.
        var expectedHash = Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(created.Key))).ToLowerInvariant();
        (await catalog.StringsAsync($"SELECT name || '|' || role || '|' || key_hash || '|' || {InstantSql.Text(provider, "created_at")} || '|' || coalesce({InstantSql.Text(provider, "revoked_at")}, '-') || '|' || coalesce({InstantSql.Text(provider, "last_used_at")}, '-') FROM api_keys"))
            .Should().Equal($"excel-ministry|Analyst|{expectedHash}|2026-03-02T09:00:00.0000000Z|-|-");
        var everything = string.Join("\n", await catalog.StringsAsync($"SELECT name || role || key_hash || {InstantSql.Text(provider, "created_at")} FROM api_keys"));
        everything.Should().NotContain(created.Key[6..], "the key itself is never stored");
    }

    [Theory, OnSqlite, OnPostgreSql]
    public async Task Two_keys_differ_and_each_is_found_by_its_own_hash(CatalogProvider provider)
    {
        await using var catalog = await TestCatalog.CreateAsync(provider);
        await using var db = await catalog.OpenAsync();
        var store = new ApiKeyStore(db, _clock);
        var a = await store.AddAsync("a", ApiKeyRole.Public, CancellationToken.None);
        var b = await store.AddAsync("b", ApiKeyRole.Admin, CancellationToken.None);
        a.Key.Should().NotBe(b.Key);

        (await store.FindActiveAsync(ApiKeySecret.Hash(a.Key), CancellationToken.None))!.Should().Match<ActiveApiKey>(k => k.Name == "a" && k.Role == ApiKeyRole.Public);
        (await store.FindActiveAsync(ApiKeySecret.Hash(b.Key), CancellationToken.None))!.Role.Should().Be(ApiKeyRole.Admin);
        (await store.FindActiveAsync(ApiKeySecret.Hash(a.Key + "x"), CancellationToken.None)).Should().BeNull();
    }

    [Theory, OnSqlite, OnPostgreSql]
    public async Task A_duplicate_name_is_refused_even_after_revocation(CatalogProvider provider)
    {
        await using var catalog = await TestCatalog.CreateAsync(provider);
        await using var db = await catalog.OpenAsync();
        var store = new ApiKeyStore(db, _clock);
        await store.AddAsync("dash", ApiKeyRole.Public, CancellationToken.None);
        var again = () => store.AddAsync("dash", ApiKeyRole.Admin, CancellationToken.None);
        (await again.Should().ThrowAsync<ApiKeyException>()).Which.Message.Should().Contain("'dash' already exists");

        await store.RevokeAsync("dash", CancellationToken.None);
        await again.Should().ThrowAsync<ApiKeyException>();
        (await store.ListAsync(CancellationToken.None)).Should().ContainSingle();
    }

    [Theory, OnSqlite, OnPostgreSql]
    public async Task A_revoked_key_no_longer_authenticates_and_keeps_its_first_revocation_time(CatalogProvider provider)
    {
        await using var catalog = await TestCatalog.CreateAsync(provider);
        await using var db = await catalog.OpenAsync();
        var store = new ApiKeyStore(db, _clock);
        var key = await store.AddAsync("k", ApiKeyRole.Analyst, CancellationToken.None);
        _clock.Now = T0.AddHours(1);
        (await store.RevokeAsync("k", CancellationToken.None)).RevokedAt.Should().Be(T0.AddHours(1));
        _clock.Now = T0.AddHours(2);
        (await store.RevokeAsync("k", CancellationToken.None)).RevokedAt.Should().Be(T0.AddHours(1));

        (await store.FindActiveAsync(ApiKeySecret.Hash(key.Key), CancellationToken.None)).Should().BeNull();
        var revokeUnknown = () => store.RevokeAsync("nobody", CancellationToken.None);
        (await revokeUnknown.Should().ThrowAsync<ApiKeyException>()).Which.Message.Should().Contain("No key named 'nobody'");
    }

    [Theory, OnSqlite, OnPostgreSql]
    public async Task Last_use_is_written_at_most_once_a_minute(CatalogProvider provider)
    {
        await using var catalog = await TestCatalog.CreateAsync(provider);
        await using var db = await catalog.OpenAsync();
        var store = new ApiKeyStore(db, _clock);
        var hash = ApiKeySecret.Hash((await store.AddAsync("k", ApiKeyRole.Public, CancellationToken.None)).Key);

        _clock.Now = T0.AddMinutes(5);
        await store.TouchAsync((await store.FindActiveAsync(hash, CancellationToken.None))!, CancellationToken.None);
        _clock.Now = T0.AddMinutes(5).AddSeconds(59);
        await store.TouchAsync((await store.FindActiveAsync(hash, CancellationToken.None))!, CancellationToken.None);
        (await LastUsedAsync(catalog)).Should().Be("2026-03-02T09:05:00.0000000Z");

        _clock.Now = T0.AddMinutes(6).AddSeconds(1);
        await store.TouchAsync((await store.FindActiveAsync(hash, CancellationToken.None))!, CancellationToken.None);
        (await LastUsedAsync(catalog)).Should().Be("2026-03-02T09:06:01.0000000Z");
    }

    [Theory]
    [InlineData("public", ApiKeyRole.Public)]
    [InlineData("Analyst", ApiKeyRole.Analyst)]
    [InlineData(" ADMIN ", ApiKeyRole.Admin)]
    public void Role_names_parse_in_any_case(string text, ApiKeyRole role) => ApiKeyStore.ParseRole(text).Should().Be(role);

    [Theory]
    [InlineData("root")]
    [InlineData("")]
    [InlineData(null)]
    public void An_unknown_role_is_refused_with_the_known_ones(string? text) =>
        FluentActions.Invoking(() => ApiKeyStore.ParseRole(text)).Should().Throw<ApiKeyException>().WithMessage("*public, analyst or admin*");

    [Theory, OnSqlite, OnPostgreSql]
    public async Task A_blank_name_is_refused(CatalogProvider provider)
    {
        await using var catalog = await TestCatalog.CreateAsync(provider);
        await using var db = await catalog.OpenAsync();
        var add = () => new ApiKeyStore(db, _clock).AddAsync("  ", ApiKeyRole.Public, CancellationToken.None);
        await add.Should().ThrowAsync<ApiKeyException>();
    }

    private static async Task<string> LastUsedAsync(TestCatalog catalog) =>
        (await catalog.StringsAsync($"SELECT {InstantSql.Text(catalog.Provider, "last_used_at")} FROM api_keys")).Single();

}
