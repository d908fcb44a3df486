using Stats.Api.Access;

namespace Stats.Api.Tests;

/// <summary>Rate limits off, requests stopped after 1 s, key lookups not cached (tests change keys).</summary>
public sealed class UnlimitedAccessServer() : AccessServer(new AccessOptions
{
    RequestTimeout = TimeSpan.FromSeconds(1),
    KeyCacheDuration = TimeSpan.Zero,
    RateLimits = new RateLimitsByRole { Public = RoleRateLimit.Of(0, 0), Analyst = RoleRateLimit.Of(0, 0), Admin = RoleRateLimit.Of(0, 0) },
});

/// <summary>Admin keys get a bucket of 2 requests refilled by 1 every 30 s; public callers 3, refilled by 1 every 20 s.</summary>
public sealed class RateLimitedAccessServer() : AccessServer(new AccessOptions
{
    RateLimits = new RateLimitsByRole
    {
        Public = new RoleRateLimit { TokenLimit = 3, TokensPerPeriod = 1, ReplenishmentPeriod = TimeSpan.FromSeconds(20) },
        Analyst = RoleRateLimit.Of(0, 0),
        Admin = new RoleRateLimit { TokenLimit = 2, TokensPerPeriod = 1, ReplenishmentPeriod = TimeSpan.FromSeconds(30) },
    },
});
