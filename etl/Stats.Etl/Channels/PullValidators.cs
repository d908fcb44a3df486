namespace Stats.Etl.Channels;

/// <summary>The validators of the last downloaded version, sent back so the agency can answer 304 Not Modified.</summary>
public sealed record PullValidators(string? ETag, DateTimeOffset? LastModified);
