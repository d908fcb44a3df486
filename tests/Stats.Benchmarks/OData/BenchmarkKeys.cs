using Stats.Api;
using Stats.Api.Access;
using Stats.Warehouse.OData;

namespace Stats.Benchmarks.OData;

/// <summary>One analyst key known to the benchmark's server, so requests pass through the real authentication layer.</summary>
internal sealed class BenchmarkKeys : IApiKeyStore
{
    public const string AnalystKey = "stats_benchmark-analyst-key";

    public Task<ApiCaller?> FindAsync(string key, CancellationToken cancellationToken) =>
        Task.FromResult(key == AnalystKey ? new ApiCaller(ODataRole.Analyst, "benchmark") : null);
}
