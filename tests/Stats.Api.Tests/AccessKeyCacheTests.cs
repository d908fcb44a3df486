using Stats.Api.Access;
using Stats.Warehouse.OData;

namespace Stats.Api.Tests;

public sealed class AccessKeyCacheTests
{
    [Fact]
    public async Task A_lookup_is_reused_for_the_cache_duration_so_revocation_takes_effect_within_it()
    {
        var clock = new SteppedClock(new DateTimeOffset(2026, 1, 5, 8, 0, 0, TimeSpan.Zero));
        var store = new CountingStore { Caller = new ApiCaller(ODataRole.Analyst, "k") };
        var cache = new CachingApiKeyStore(store, TimeSpan.FromSeconds(5), clock);

        (await cache.FindAsync("key", CancellationToken.None))!.KeyName.Should().Be("k");
        store.Caller = null; // revoked
        clock.Now += TimeSpan.FromSeconds(4.9);
        (await cache.FindAsync("key", CancellationToken.None))!.KeyName.Should().Be("k", "still within the 5 s cache");
        store.Lookups.Should().Be(1);

        clock.Now += TimeSpan.FromSeconds(0.1);
        (await cache.FindAsync("key", CancellationToken.None)).Should().BeNull();
        store.Lookups.Should().Be(2);

        // Unknown keys are cached too (a client retrying a wrong key does not query the catalog each time).
        (await cache.FindAsync("key", CancellationToken.None)).Should().BeNull();
        store.Lookups.Should().Be(2);
    }

    private sealed class CountingStore : IApiKeyStore
    {
        public ApiCaller? Caller { get; set; }

        public int Lookups { get; private set; }

        public Task<ApiCaller?> FindAsync(string key, CancellationToken cancellationToken)
        {
            Lookups++;
            return Task.FromResult(Caller);
        }
    }

    private sealed class SteppedClock(DateTimeOffset now) : TimeProvider
    {
        public DateTimeOffset Now { get; set; } = now;

        public override DateTimeOffset GetUtcNow() => Now;
    }
}
