using System.Text.RegularExpressions;
using Stats.Catalog.Entities;

namespace Stats.Catalog.Pulls;

/// <summary>
/// The HTTP pull state per (contract, URL): validators for conditional GETs and when the URL was last checked and last
/// fetched. Each method saves its own changes. One pull of a URL at a time (the scheduler does not run a pull job
/// twice at once); two concurrent first pulls of one URL would meet the primary key and the second would fail.
/// </summary>
public sealed partial class PullStateStore(CatalogDbContext db, TimeProvider time)
{
    /// <summary>What the last fetched body's response said, or null when the URL was never pulled for this contract.</summary>
    public async Task<PullValidators?> GetAsync(string contractId, string url, CancellationToken cancellationToken)
    {
        var state = await db.PullStates.FindAsync([contractId, CheckedUrl(url)], cancellationToken).ConfigureAwait(false);
        return state is null ? null : new PullValidators(state.ETag, state.LastModified);
    }

    /// <summary>A conditional GET answered 304 Not Modified: only the check time moves.</summary>
    public async Task CheckedAsync(string contractId, string url, CancellationToken cancellationToken)
    {
        var state = await FindOrAddAsync(contractId, url, cancellationToken).ConfigureAwait(false);
        state.LastCheckedAt = time.GetUtcNow();
        await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
    }

    /// <summary>A body was downloaded (200): its validators (null ones included, replacing the old) and its hash.</summary>
    public async Task FetchedAsync(string contractId, string url, PullValidators validators, string contentSha256, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(validators);
        if (contentSha256 is null || !Sha256().IsMatch(contentSha256))
        {
            throw new ArgumentException("The content hash must be 64 lower-case hex digits (SHA-256).", nameof(contentSha256));
        }

        var state = await FindOrAddAsync(contractId, url, cancellationToken).ConfigureAwait(false);
        var now = time.GetUtcNow();
        state.ETag = validators.ETag;
        state.LastModified = validators.LastModified;
        state.LastCheckedAt = now;
        state.LastFetchedAt = now;
        state.LastContentSha256 = contentSha256;
        await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
    }

    private async Task<PullState> FindOrAddAsync(string contractId, string url, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(contractId);
        url = CheckedUrl(url);
        var state = await db.PullStates.FindAsync([contractId, url], cancellationToken).ConfigureAwait(false);
        if (state is null)
        {
            state = new PullState { ContractId = contractId, Url = url };
            db.PullStates.Add(state);
        }

        return state;
    }

    /// <summary>The catalog never stores credentials: a URL with user:password in it is refused, not cleaned silently.</summary>
    private static string CheckedUrl(string url)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(url);
        // On Unix "/exports/x.csv" parses as an absolute file: URI, so the scheme is checked too.
        if (!Uri.TryCreate(url, UriKind.Absolute, out var uri) || (uri.Scheme != Uri.UriSchemeHttps && uri.Scheme != Uri.UriSchemeHttp))
        {
            throw new ArgumentException($"'{url}' is not an absolute http(s) URL.", nameof(url));
        }

        if (uri.UserInfo.Length > 0)
        {
            throw new ArgumentException("The URL carries credentials (user info); pass them in a header from the secret store instead, never in the URL.", nameof(url));
        }

        return url;
    }

    [GeneratedRegex("^[0-9a-f]{64}$", RegexOptions.CultureInvariant)]
    private static partial Regex Sha256();
}
