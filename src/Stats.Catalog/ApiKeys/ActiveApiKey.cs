using Stats.Catalog.Entities;

namespace Stats.Catalog.ApiKeys;

/// <summary>A key that authenticates: its holder's name, role and (agency keys only) the contracts it may upload for; never the secret.</summary>
public sealed record ActiveApiKey(long Id, string Name, ApiKeyRole Role, DateTimeOffset? LastUsedAt, IReadOnlyList<string> Contracts);
