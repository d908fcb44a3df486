namespace Stats.Catalog.Entities;

/// <summary>Every attempt to publish, successful or not; a successful one points at the vintage it produced.</summary>
public sealed class PublishAttempt
{
    public long Id { get; init; }
    public DateTimeOffset AttemptedAt { get; init; }
    public PublishStatus Status { get; init; }
    public int? VintageId { get; init; }

    /// <summary>Names of the data tests that returned rows; empty when published.</summary>
    public List<string> FailedTests { get; init; } = [];

    public string? Message { get; init; }
}
