namespace Stats.Catalog.Entities;

/// <summary>Outcome of one attempt to publish a vintage.</summary>
public enum PublishStatus
{
    Published,
    Failed,
}
