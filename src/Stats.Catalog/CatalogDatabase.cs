using Microsoft.EntityFrameworkCore;

namespace Stats.Catalog;

/// <summary>Opens the catalog ready for use: folder created, migrations applied, SQLite in WAL mode.</summary>
public static class CatalogDatabase
{
    /// <summary>
    /// Returns a migrated context; the caller disposes it. WAL lets the API and the CLI read while
    /// intake writes; the setting is stored in the database file, so setting it on every open is cheap.
    /// </summary>
    public static async Task<CatalogDbContext> OpenAsync(CatalogOptions options, string dataDirectory, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(options);
        Directory.CreateDirectory(dataDirectory);
        var db = new CatalogDbContext(CatalogDbContextOptions.Build(options, dataDirectory));
        try
        {
            if (db.Database.IsSqlite())
            {
                await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode = WAL;", cancellationToken).ConfigureAwait(false);
            }

            await db.Database.MigrateAsync(cancellationToken).ConfigureAwait(false);
            return db;
        }
        catch
        {
            await db.DisposeAsync().ConfigureAwait(false);
            throw;
        }
    }
}
