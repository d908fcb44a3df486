using Microsoft.EntityFrameworkCore;
using Stats.Catalog.Configuration;

namespace Stats.Catalog;

/// <summary>Configures a <see cref="DbContextOptionsBuilder"/> for the catalog; shared by the host's DI, <see cref="CatalogDatabase"/> and the design-time factory.</summary>
public static class CatalogDbContextOptions
{
    public const string MigrationsHistoryTable = "__ef_migrations_history";

    /// <summary>How long a command waits for another process's lock before failing.</summary>
    public static readonly TimeSpan BusyTimeout = TimeSpan.FromSeconds(10);

    public static DbContextOptionsBuilder UseCatalog(this DbContextOptionsBuilder builder, CatalogOptions options, string dataDirectory)
    {
        ArgumentNullException.ThrowIfNull(builder);
        ArgumentNullException.ThrowIfNull(options);
        if (!options.IsSqlite)
        {
            // The migrations in this assembly are SQLite's; running them on another provider would
            // create wrong column types. PostgreSQL gets its own migration set in a later issue.
            throw new NotSupportedException($"Catalog provider '{options.Provider}' is not supported yet; use '{CatalogOptions.SqliteProvider}'.");
        }

        return builder
            .UseSqlite(options.Resolve(dataDirectory), sqlite => sqlite.MigrationsHistoryTable(MigrationsHistoryTable))
            .AddInterceptors(new SqliteBusyTimeoutInterceptor(BusyTimeout));
    }

    public static DbContextOptions<CatalogDbContext> Build(CatalogOptions options, string dataDirectory)
    {
        var builder = new DbContextOptionsBuilder<CatalogDbContext>();
        builder.UseCatalog(options, dataDirectory);
        return builder.Options;
    }
}
