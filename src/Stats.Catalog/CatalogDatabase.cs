using Microsoft.EntityFrameworkCore;

namespace Stats.Catalog;

/// <summary>Opens the catalog ready for use: migrations applied; on SQLite the folder created and the file in WAL mode.</summary>
public static class CatalogDatabase
{
    /// <summary>
    /// Returns a migrated context; the caller disposes it. WAL lets the API and the CLI read while
    /// intake writes; the setting is stored in the database file, so setting it on every open is cheap.
    /// </summary>
    public static async Task<CatalogDbContext> OpenAsync(CatalogOptions options, string dataDirectory, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(options);
        if (options.IsSqlite)
        {
            Directory.CreateDirectory(dataDirectory);
        }

        var db = CreateContext(options, dataDirectory);
        try
        {
            if (db.Database.IsSqlite())
            {
                await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode = WAL;", cancellationToken).ConfigureAwait(false);
                await SqliteMigrationGate.MigrateAsync(db, cancellationToken).ConfigureAwait(false);
            }
            else
            {
                await db.Database.MigrateAsync(cancellationToken).ConfigureAwait(false);
            }

            return db;
        }
        catch
        {
            await db.DisposeAsync().ConfigureAwait(false);
            throw;
        }
    }

    /// <summary>A context on the configured provider, not migrated (for short-lived contexts once the catalog has been opened).</summary>
    public static CatalogDbContext CreateContext(CatalogOptions options, string dataDirectory) =>
        new(CatalogDbContextOptions.Build(options, dataDirectory));
}
