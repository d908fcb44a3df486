namespace Stats.Catalog.Pulls;

/// <summary>The validators a server sent with a body, to send back as If-None-Match / If-Modified-Since on the next pull.</summary>
public sealed record PullValidators(string? ETag, DateTimeOffset? LastModified);
