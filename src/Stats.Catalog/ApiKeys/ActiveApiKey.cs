using Stats.Catalog.Entities;

namespace Stats.Catalog.ApiKeys;

/// <summary>A key that authenticates: its holder's name and role (never the secret).</summary>
public sealed record ActiveApiKey(long Id, string Name, ApiKeyRole Role, DateTimeOffset? LastUsedAt);
