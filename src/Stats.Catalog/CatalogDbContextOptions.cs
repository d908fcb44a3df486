using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Migrations;
using Stats.Catalog.Configuration;

namespace Stats.Catalog;

/// <summary>Configures a <see cref="DbContextOptionsBuilder"/> for the catalog; shared by the host's DI, <see cref="CatalogDatabase"/> and the design-time factory.</summary>
public static class CatalogDbContextOptions
{
    public const string MigrationsHistoryTable = "__ef_migrations_history";

    /// <summary>How long a SQLite command waits for another process's lock before failing.</summary>
    public static readonly TimeSpan BusyTimeout = TimeSpan.FromSeconds(10);

    /// <summary>
    /// SQLite or PostgreSQL by <see cref="CatalogOptions.Provider"/>. Each provider sees only its own migration set
    /// (see <see cref="CatalogMigrationsAssembly"/>), so a context built here migrates correctly on either.
    /// </summary>
    public static DbContextOptionsBuilder UseCatalog(this DbContextOptionsBuilder builder, CatalogOptions options, string dataDirectory)
    {
        ArgumentNullException.ThrowIfNull(builder);
        ArgumentNullException.ThrowIfNull(options);
        if (options.IsSqlite)
        {
            return builder
                .UseSqlite(options.Resolve(dataDirectory), sqlite => sqlite.MigrationsHistoryTable(MigrationsHistoryTable))
                .ReplaceService<IMigrationsAssembly, SqliteMigrationsAssembly>()
                .AddInterceptors(new SqliteBusyTimeoutInterceptor(BusyTimeout));
        }

        if (options.IsPostgreSql)
        {
            return builder
                .UseNpgsql(options.Resolve(dataDirectory), npgsql => npgsql.MigrationsHistoryTable(MigrationsHistoryTable))
                .ReplaceService<IMigrationsAssembly, PostgreSqlMigrationsAssembly>();
        }

        throw new NotSupportedException(
            $"Catalog provider '{options.Provider}' is not supported: set {CatalogOptions.Section}:Provider to '{CatalogOptions.SqliteProvider}' or '{CatalogOptions.PostgreSqlProvider}'.");
    }

    public static DbContextOptions<CatalogDbContext> Build(CatalogOptions options, string dataDirectory)
    {
        var builder = new DbContextOptionsBuilder<CatalogDbContext>();
        builder.UseCatalog(options, dataDirectory);
        return builder.Options;
    }
}
