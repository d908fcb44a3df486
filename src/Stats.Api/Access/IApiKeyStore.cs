namespace Stats.Api.Access;

/// <summary>
/// Where the API checks a presented key: implemented over the catalog by the host, so the API does not depend on the
/// catalog's storage. Implementations compare hashes, never keep or log the key.
/// </summary>
public interface IApiKeyStore
{
    /// <summary>The caller an unrevoked key belongs to, or null for an unknown or revoked key.</summary>
    Task<ApiCaller?> FindAsync(string key, CancellationToken cancellationToken);
}
