namespace Stats.Catalog.Entities;

/// <summary>
/// What the last HTTP pull of one URL for one contract learnt, so the next pull can ask conditionally
/// (If-None-Match / If-Modified-Since). Only the URL and validators are kept, never credentials.
/// </summary>
public sealed class PullState
{
    public required string ContractId { get; init; }
    public required string Url { get; init; }
    public string? ETag { get; internal set; }
    public DateTimeOffset? LastModified { get; internal set; }

    /// <summary>When the URL was last asked, whatever the answer.</summary>
    public DateTimeOffset LastCheckedAt { get; internal set; }

    /// <summary>When a body was last downloaded (a 200, not a 304).</summary>
    public DateTimeOffset? LastFetchedAt { get; internal set; }

    public string? LastContentSha256 { get; internal set; }
}
