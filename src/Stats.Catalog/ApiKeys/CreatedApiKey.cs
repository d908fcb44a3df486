using Stats.Catalog.Entities;

namespace Stats.Catalog.ApiKeys;

/// <summary>A newly created key: <see cref="Key"/> is the only copy of the secret and must be shown once, never stored.</summary>
public sealed record CreatedApiKey(string Name, ApiKeyRole Role, string Key, DateTimeOffset CreatedAt, IReadOnlyList<string> Contracts);
