namespace Stats.Api.Operations;

/// <summary>The warehouse as the serving process sees it.</summary>
/// <param name="Reachable">The published snapshot can be opened.</param>
/// <param name="WriterBusy">A load, build or publish holds the single writer now.</param>
/// <param name="VintageId">The vintage being served; null when nothing was ever published.</param>
/// <param name="PublishedAt">When that vintage was published.</param>
/// <param name="VintageAgeSeconds">Seconds between publication and <see cref="HealthReport.CheckedAt"/>.</param>
public sealed record WarehouseHealth(
    bool Reachable,
    bool WriterBusy,
    string? VintageId,
    DateTimeOffset? PublishedAt,
    long? VintageAgeSeconds);
