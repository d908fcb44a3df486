namespace Stats.Catalog.Entities;

/// <summary>Outcome of one delivered file; stored by name so the catalog reads well in any SQL client.</summary>
public enum DeliveryStatus
{
    Running,
    Loaded,
    Refused,
    Duplicate,
    Failed,
}
