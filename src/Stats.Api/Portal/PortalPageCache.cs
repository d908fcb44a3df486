using System.Collections.Concurrent;

namespace Stats.Api.Portal;

/// <summary>
/// Rendered pages of the served vintage only: a page of another vintage is a miss, and the first page rendered for a new
/// vintage empties the cache, so a publish shows from the next request on. Only pages of valid requests are kept (their
/// number is bounded by the catalogue); a bound guards against a catalogue far larger than today's.
/// </summary>
internal sealed class PortalPageCache
{
    private const int MaxPages = 2000;

    private readonly ConcurrentDictionary<string, PortalPage> _pages = new(StringComparer.Ordinal);
    private string? _vintage;

    public PortalPage? Find(string vintage, string key) =>
        string.Equals(Volatile.Read(ref _vintage), vintage, StringComparison.Ordinal) && _pages.TryGetValue(key, out var page) ? page : null;

    public void Keep(string vintage, string key, PortalPage page)
    {
        lock (_pages)
        {
            if (!string.Equals(_vintage, vintage, StringComparison.Ordinal))
            {
                _pages.Clear();
                Volatile.Write(ref _vintage, vintage);
            }

            if (_pages.Count < MaxPages)
            {
                _pages[key] = page;
            }
        }
    }
}
