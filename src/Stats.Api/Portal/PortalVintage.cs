namespace Stats.Api.Portal;

/// <summary>The served vintage as the snapshot records it (meta_vintage).</summary>
internal sealed record PortalVintage(int Id, DateTimeOffset PublishedAt, string ReportingCountry);
