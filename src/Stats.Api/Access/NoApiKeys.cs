namespace Stats.Api.Access;

/// <summary>A service without a key store (fixed models in tests and benchmarks): anonymous access only, every key is unknown.</summary>
public sealed class NoApiKeys : IApiKeyStore
{
    public static readonly NoApiKeys Instance = new();

    public Task<ApiCaller?> FindAsync(string key, CancellationToken cancellationToken) => Task.FromResult<ApiCaller?>(null);
}
