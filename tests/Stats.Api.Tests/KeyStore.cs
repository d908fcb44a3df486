using System.Collections.Concurrent;
using Stats.Api.Access;

namespace Stats.Api.Tests;

/// <summary>Keys as a real client holds them, looked up by the key text.</summary>
internal sealed class KeyStore(ConcurrentDictionary<string, ApiCaller> keys) : IApiKeyStore
{
    public Task<ApiCaller?> FindAsync(string key, CancellationToken cancellationToken) =>
        Task.FromResult(keys.TryGetValue(key, out var caller) ? caller : null);
}
