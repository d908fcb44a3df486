namespace Stats.Catalog.Entities;

/// <summary>
/// A published snapshot. The id is the warehouse's vintage id, so it is not generated here. Failed
/// attempts never got an id and are kept as <see cref="PublishAttempt"/> rows instead.
/// </summary>
public sealed class Vintage
{
    public int Id { get; init; }
    public DateTimeOffset PublishedAt { get; init; }
    public required string FileName { get; init; }
}
