namespace Stats.Api.Access;

/// <summary>
/// Default buckets: a Power BI refresh fetches a service document, $metadata and a few dozen pages at once, so the burst is
/// generous and the sustained rate is what protects the server.
/// </summary>
public sealed class RateLimitsByRole
{
    public RoleRateLimit Public { get; set; } = RoleRateLimit.Of(100, 20);

    public RoleRateLimit Analyst { get; set; } = RoleRateLimit.Of(200, 50);

    public RoleRateLimit Admin { get; set; } = RoleRateLimit.Of(400, 100);
}
