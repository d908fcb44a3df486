using Stats.Catalog;

namespace Stats.Etl.Scheduling;

/// <summary>Short-lived catalog contexts for the scheduler's own records (run history, pull state); the catalog is migrated at start-up.</summary>
public sealed class CatalogContexts(CatalogOptions options, string dataDirectory)
{
    public CatalogDbContext Create() => CatalogDatabase.CreateContext(options, dataDirectory);
}
