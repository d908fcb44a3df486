using Microsoft.EntityFrameworkCore;
using Stats.Catalog.Entities;

namespace Stats.Catalog.ApiKeys;

/// <summary>
/// API keys in the catalog: created by the operator (`stats keys add`), looked up by hash on requests. One store per
/// context; the API opens a short-lived context per lookup.
/// </summary>
public sealed class ApiKeyStore(CatalogDbContext db, TimeProvider time)
{
    /// <summary>last_used_at is a coarse "still in use?" for operators: written at most this often per key, not per request.</summary>
    public static readonly TimeSpan TouchInterval = TimeSpan.FromMinutes(1);

    /// <summary>A key of a reading role (an agency key needs its contracts: use the other overload).</summary>
    public Task<CreatedApiKey> AddAsync(string name, ApiKeyRole role, CancellationToken cancellationToken) =>
        AddAsync(name, role, [], cancellationToken);

    /// <summary>
    /// A new key. <paramref name="contracts"/> are the contract ids an <see cref="ApiKeyRole.Agency"/> key may upload for
    /// (at least one); any other role must name none.
    /// </summary>
    public async Task<CreatedApiKey> AddAsync(string name, ApiKeyRole role, IReadOnlyCollection<string> contracts, CancellationToken cancellationToken)
    {
        name = ValidName(name);
        var allowed = ApiKeyContracts.Validate(role, contracts);
        if (await db.ApiKeys.AnyAsync(k => k.Name == name, cancellationToken).ConfigureAwait(false))
        {
            throw new ApiKeyException($"A key named '{name}' already exists (revoked names stay taken); choose another name.");
        }

        var key = ApiKeySecret.Generate();
        var row = new ApiKey { Name = name, Role = role, KeyHash = ApiKeySecret.Hash(key), CreatedAt = time.GetUtcNow(), Contracts = allowed };
        db.ApiKeys.Add(row);
        try
        {
            await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (DbUpdateException)
        {
            // Another process may have added the same name between the check and the insert (the unique index refused it).
            db.Entry(row).State = EntityState.Detached;
            if (await db.ApiKeys.AsNoTracking().AnyAsync(k => k.Name == name, cancellationToken).ConfigureAwait(false))
            {
                throw new ApiKeyException($"A key named '{name}' already exists; choose another name.");
            }

            throw;
        }

        return new CreatedApiKey(row.Name, row.Role, key, row.CreatedAt, row.Contracts);
    }

    /// <summary>Every key, revoked ones included, by name; the rows hold hashes only.</summary>
    public async Task<IReadOnlyList<ApiKey>> ListAsync(CancellationToken cancellationToken) =>
        await db.ApiKeys.AsNoTracking().OrderBy(k => k.Name).ToListAsync(cancellationToken).ConfigureAwait(false);

    /// <summary>Revokes the key with this name; revoking a revoked key keeps its first revocation time.</summary>
    public async Task<ApiKey> RevokeAsync(string name, CancellationToken cancellationToken)
    {
        var row = await db.ApiKeys.SingleOrDefaultAsync(k => k.Name == name, cancellationToken).ConfigureAwait(false)
            ?? throw new ApiKeyException($"No key named '{name}': `stats keys list` shows the names.");
        if (row.RevokedAt is null)
        {
            row.RevokedAt = time.GetUtcNow();
            await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        }

        return row;
    }

    /// <summary>The unrevoked key whose hash this is, or null (unknown and revoked keys look the same to a caller).</summary>
    public async Task<ActiveApiKey?> FindActiveAsync(string keyHash, CancellationToken cancellationToken) =>
        await db.ApiKeys.AsNoTracking()
            .Where(k => k.KeyHash == keyHash && k.RevokedAt == null)
            .Select(k => new ActiveApiKey(k.Id, k.Name, k.Role, k.LastUsedAt, k.Contracts))
            .SingleOrDefaultAsync(cancellationToken).ConfigureAwait(false);

    /// <summary>Records a use, unless one was recorded within <see cref="TouchInterval"/>.</summary>
    public async Task TouchAsync(ActiveApiKey key, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(key);
        var now = time.GetUtcNow();
        if (key.LastUsedAt is { } last && now - last < TouchInterval)
        {
            return;
        }

        await db.ApiKeys.Where(k => k.Id == key.Id)
            .ExecuteUpdateAsync(s => s.SetProperty(k => k.LastUsedAt, now), cancellationToken).ConfigureAwait(false);
    }

    private static string ValidName(string name)
    {
        var trimmed = name?.Trim() ?? "";
        if (trimmed.Length is 0 or > 100 || trimmed.Any(char.IsControl))
        {
            throw new ApiKeyException("A key name must be 1 to 100 printable characters.");
        }

        return trimmed;
    }

    /// <summary>Parses a role name (public, analyst, admin, agency; any case).</summary>
    public static ApiKeyRole ParseRole(string? text) => text?.Trim().ToUpperInvariant() switch
    {
        "PUBLIC" => ApiKeyRole.Public,
        "ANALYST" => ApiKeyRole.Analyst,
        "ADMIN" => ApiKeyRole.Admin,
        "AGENCY" => ApiKeyRole.Agency,
        _ => throw new ApiKeyException($"Unknown role '{text}': use public, analyst or admin to read, or agency to upload."),
    };
}
