using Microsoft.EntityFrameworkCore.Design;

namespace Stats.Catalog.Design;

/// <summary>
/// Lets <c>dotnet ef migrations add</c> build the model without a host. Adding a migration never
/// opens the database, so the path only matters for <c>dotnet ef database update</c> by hand.
/// </summary>
internal sealed class CatalogDesignTimeFactory : IDesignTimeDbContextFactory<CatalogDbContext>
{
    public CatalogDbContext CreateDbContext(string[] args) =>
        new(CatalogDbContextOptions.Build(new CatalogOptions(), args.Length > 0 ? args[0] : "data"));
}
