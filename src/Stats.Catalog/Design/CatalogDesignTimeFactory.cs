using Microsoft.EntityFrameworkCore.Design;

namespace Stats.Catalog.Design;

/// <summary>
/// Lets <c>dotnet ef migrations add</c> build the model without a host. Arguments after <c>--</c>: an optional data
/// folder (SQLite) and <c>--provider PostgreSQL</c> for the PostgreSQL migration set (see the README). Adding a
/// migration never opens the database, so the PostgreSQL connection string is a placeholder unless
/// <c>--connection</c> gives one (for <c>dotnet ef database update</c> by hand).
/// </summary>
internal sealed class CatalogDesignTimeFactory : IDesignTimeDbContextFactory<CatalogDbContext>
{
    public CatalogDbContext CreateDbContext(string[] args)
    {
        var options = new CatalogOptions();
        var dataDirectory = "data";
        for (var i = 0; i < args.Length; i++)
        {
            switch (args[i])
            {
                case "--provider" when i + 1 < args.Length:
                    options.Provider = args[++i];
                    break;
                case "--connection" when i + 1 < args.Length:
                    options.ConnectionString = args[++i];
                    break;
                default:
                    dataDirectory = args[i];
                    break;
            }
        }

        if (options.IsPostgreSql && options.ConnectionString is null)
        {
            options.ConnectionString = "Host=localhost;Database=stats_catalog";
        }

        return new(CatalogDbContextOptions.Build(options, dataDirectory));
    }
}
