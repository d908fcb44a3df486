using Stats.Warehouse.OData;

namespace Stats.Api.Access;

/// <summary>
/// Access limits, bound from the configuration section <c>Api</c> (the same section as the paging limits of
/// <see cref="ODataServeOptions"/>): e.g. in appsettings.json <c>"Api": { "RequestTimeout": "00:00:30",
/// "RateLimits": { "Public": { "TokenLimit": 60, "TokensPerPeriod": 10, "ReplenishmentPeriod": "00:00:01" } } }</c>,
/// or from the environment <c>STATS_Api__RequestTimeout=00:01:00</c>, <c>STATS_Api__RateLimits__Analyst__TokenLimit=500</c>.
/// </summary>
public sealed class AccessOptions
{
    public const string Section = "Api";

    /// <summary>
    /// A request still running after this long is cancelled (the DuckDB query interrupted) and answered 504. Long enough for
    /// a full Power BI page, short enough that a runaway $filter cannot hold a core.
    /// </summary>
    public TimeSpan RequestTimeout { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>
    /// How long a key lookup (found or not) is reused without asking the catalog again; also the longest a revoked key keeps
    /// working. Zero asks the catalog on every request.
    /// </summary>
    public TimeSpan KeyCacheDuration { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>Per-role token buckets: anonymous callers share <c>Public</c>'s settings, each with a bucket per remote address.</summary>
    public RateLimitsByRole RateLimits { get; set; } = new();

    /// <summary>The rate limit settings of a role.</summary>
    public RoleRateLimit For(ODataRole role) => role switch
    {
        ODataRole.Admin => RateLimits.Admin,
        ODataRole.Analyst => RateLimits.Analyst,
        _ => RateLimits.Public,
    };
}
