using System.Collections.Concurrent;
using System.Security.Cryptography;
using System.Text;

namespace Stats.Api.Access;

/// <summary>
/// Reuses key lookups, found or not, for a short time so that a busy client does not query the catalog on every request.
/// A revoked key therefore keeps working for at most the cache duration (5 s by default). Entries are keyed by the key's
/// SHA-256, so the secrets themselves do not stay in memory; the cache is emptied when it grows past a bound (a flood of
/// random keys cannot grow it without limit).
/// </summary>
public sealed class CachingApiKeyStore(IApiKeyStore inner, TimeSpan duration, TimeProvider time) : IApiKeyStore
{
    private const int MaxEntries = 10_000;

    private readonly ConcurrentDictionary<string, (ApiCaller? Caller, DateTimeOffset Until)> _entries = new(StringComparer.Ordinal);

    public async Task<ApiCaller?> FindAsync(string key, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(key);
        if (duration <= TimeSpan.Zero)
        {
            return await inner.FindAsync(key, cancellationToken).ConfigureAwait(false);
        }

        var id = Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(key)));
        var now = time.GetUtcNow();
        if (_entries.TryGetValue(id, out var entry) && entry.Until > now)
        {
            return entry.Caller;
        }

        var caller = await inner.FindAsync(key, cancellationToken).ConfigureAwait(false);
        if (_entries.Count >= MaxEntries)
        {
            _entries.Clear();
        }

        _entries[id] = (caller, now + duration);
        return caller;
    }
}
