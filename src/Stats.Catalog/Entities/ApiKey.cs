namespace Stats.Catalog.Entities;

/// <summary>
/// An API client's key. Only the SHA-256 of the key is stored: the key itself is shown once, when it is created. Revoked
/// keys stay as rows (revoked-at set) so that the name cannot silently come back with another holder.
/// </summary>
public sealed class ApiKey
{
    public long Id { get; init; }

    /// <summary>Who holds the key (a person, a dashboard); unique, shown in logs and <c>stats keys list</c> instead of the key.</summary>
    public required string Name { get; init; }

    public ApiKeyRole Role { get; init; }

    /// <summary>Lower-case hex SHA-256 of the whole key text.</summary>
    public required string KeyHash { get; init; }

    public DateTimeOffset CreatedAt { get; init; }
    public DateTimeOffset? RevokedAt { get; set; }

    /// <summary>The contract ids an <see cref="ApiKeyRole.Agency"/> key may upload for; empty for every other role.</summary>
    public List<string> Contracts { get; init; } = [];

    /// <summary>Updated at most once a minute per key (see <c>ApiKeyStore.TouchAsync</c>), not on every request.</summary>
    public DateTimeOffset? LastUsedAt { get; set; }
}
