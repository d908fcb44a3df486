using Microsoft.Extensions.Logging;
using Microsoft.EntityFrameworkCore;
using Stats.Api;
using Stats.Api.Access;
using Stats.Catalog;
using Stats.Catalog.ApiKeys;
using Stats.Catalog.Entities;
using Stats.Warehouse.OData;

namespace Stats.Host.Serving;

/// <summary>
/// The API's key lookups over the catalog: one short-lived context per lookup (the catalog is already migrated when
/// `serve` starts), and the key's last use recorded on the way. A failed last-use write (the catalog busy beyond its wait)
/// never fails the request.
/// </summary>
internal sealed class CatalogApiKeyStore(CatalogOptions catalog, string dataDirectory, TimeProvider time, ILogger<CatalogApiKeyStore> logger) : IApiKeyStore
{
    private readonly DbContextOptions<CatalogDbContext> _options = CatalogDbContextOptions.Build(catalog, dataDirectory);

    public async Task<ApiCaller?> FindAsync(string key, CancellationToken cancellationToken)
    {
        await using var db = new CatalogDbContext(_options);
        var store = new ApiKeyStore(db, time);
        var found = await store.FindActiveAsync(ApiKeySecret.Hash(key), cancellationToken).ConfigureAwait(false);
        if (found is null)
        {
            return null;
        }

        try
        {
            await store.TouchAsync(found, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception e) when (e is DbUpdateException or System.Data.Common.DbException)
        {
            logger.LogWarning(e, "Could not record the last use of key '{KeyName}'", found.Name);
        }

        return new ApiCaller(Role(found.Role), found.Name) { Contracts = found.Contracts };
    }

    public static ODataRole Role(ApiKeyRole role) => role switch
    {
        ApiKeyRole.Public => ODataRole.Public,
        ApiKeyRole.Analyst => ODataRole.Analyst,
        ApiKeyRole.Admin => ODataRole.Admin,

        // An agency reads what the public reads; its contracts (ApiCaller.Contracts) are what it may upload for.
        ApiKeyRole.Agency => ODataRole.Public,
        _ => throw new ArgumentOutOfRangeException(nameof(role), role, null),
    };
}
