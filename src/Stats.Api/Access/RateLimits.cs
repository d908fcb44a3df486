using System.Globalization;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.RateLimiting;

namespace Stats.Api.Access;

/// <summary>
/// One token bucket per key (partitioned by the key's name, so all of a holder's clients share it) and, for anonymous
/// callers, one per remote address; the bucket sizes come from the caller's role. Runs after authentication (it needs the
/// caller); a rejected request is a 429 with Retry-After in whole seconds and an OData error body.
/// </summary>
internal static class RateLimits
{
    public static void Configure(RateLimiterOptions limiter, AccessOptions options)
    {
        limiter.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
        limiter.GlobalLimiter = PartitionedRateLimiter.Create<HttpContext, string>(context =>
        {
            var caller = ApiCaller.Of(context);
            var partition = caller.KeyName is { } name
                ? "key:" + name
                : "ip:" + (context.Connection.RemoteIpAddress?.ToString() ?? "unknown");
            var limit = options.For(caller.Role);
            if (limit.TokenLimit <= 0)
            {
                return RateLimitPartition.GetNoLimiter(partition);
            }

            return RateLimitPartition.GetTokenBucketLimiter(partition, _ => new TokenBucketRateLimiterOptions
            {
                TokenLimit = limit.TokenLimit,
                TokensPerPeriod = Math.Max(1, limit.TokensPerPeriod),
                ReplenishmentPeriod = limit.ReplenishmentPeriod,
                QueueLimit = 0,
                AutoReplenishment = true,
            });
        });
        limiter.OnRejected = async (rejected, _) =>
        {
            var context = rejected.HttpContext;
            var seconds = rejected.Lease.TryGetMetadata(MetadataName.RetryAfter, out var after)
                ? Math.Max(1, (int)Math.Ceiling(after.TotalSeconds))
                : 1;
            await AccessErrors.WriteAsync(
                context,
                StatusCodes.Status429TooManyRequests,
                "TooManyRequests",
                string.Create(CultureInfo.InvariantCulture, $"Too many requests for this caller; retry after {seconds} s."),
                seconds.ToString(CultureInfo.InvariantCulture)).ConfigureAwait(false);
        };
    }
}
