using System.Diagnostics;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace Stats.Catalog;

/// <summary>
/// Migrates a SQLite catalog so that a process killed mid-migration cannot stop every later start.
/// </summary>
/// <remarks>
/// EF Core's SQLite migration lock is a row in <c>__EFMigrationsLock</c>, deleted when the migrator finishes. Unlike
/// PostgreSQL's advisory lock it is not tied to a connection: a SIGKILL between insert and delete leaves the row, and
/// every later <c>Migrate</c> waits for it forever (dotnet/efcore#38958; found here by the issue 10 crash test). So the
/// migrators of this project first take an operating-system lock on a file beside the catalog, which the kernel frees
/// when its holder dies. Whoever holds that file lock is the only live migrator, so a lock row it finds is stale and is
/// removed. When nothing is pending (nearly every open), neither lock is taken and nothing is written.
/// </remarks>
internal static class SqliteMigrationGate
{
    public const string LockFileSuffix = ".migrate-lock";

    /// <summary>EF Core's lock table on SQLite (its name is EF's, not configurable).</summary>
    private const string EfLockTable = "__EFMigrationsLock";

    /// <summary>How long to wait for another process's migration before giving up with a message naming the lock file.</summary>
    private static readonly TimeSpan WaitLimit = TimeSpan.FromMinutes(5);

    private static readonly TimeSpan RetryDelay = TimeSpan.FromMilliseconds(100);

    public static async Task MigrateAsync(CatalogDbContext db, CancellationToken cancellationToken)
    {
        var file = new SqliteConnectionStringBuilder(db.Database.GetConnectionString()).DataSource;
        if (string.IsNullOrEmpty(file) || file == ":memory:" || file.StartsWith("file:", StringComparison.Ordinal))
        {
            // No file to put a lock beside (in-memory or URI catalogs live in one process): EF's own lock suffices.
            await db.Database.MigrateAsync(cancellationToken).ConfigureAwait(false);
            return;
        }

        if (!(await db.Database.GetPendingMigrationsAsync(cancellationToken).ConfigureAwait(false)).Any())
        {
            return;
        }

        await using var gate = await AcquireAsync(Path.GetFullPath(file) + LockFileSuffix, cancellationToken).ConfigureAwait(false);
        await RemoveStaleLockRowAsync(db, cancellationToken).ConfigureAwait(false);
        await db.Database.MigrateAsync(cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// An exclusive handle on the lock file. On Unix .NET takes it with flock(LOCK_EX), on Windows with a share mode;
    /// either way the operating system releases it when the process ends, however it ends.
    /// </summary>
    private static async Task<FileStream> AcquireAsync(string lockFile, CancellationToken cancellationToken)
    {
        var waited = Stopwatch.StartNew();
        while (true)
        {
            try
            {
                return new FileStream(lockFile, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None);
            }
            catch (IOException) when (waited.Elapsed < WaitLimit)
            {
                await Task.Delay(RetryDelay, cancellationToken).ConfigureAwait(false);
            }
            catch (IOException e)
            {
                throw new IOException(
                    $"The catalog migration lock '{lockFile}' has been held by another process for {WaitLimit.TotalMinutes:0} minutes; "
                    + "stop the other stats process, or remove the file if no stats process is running.", e);
            }
        }
    }

    private static async Task RemoveStaleLockRowAsync(CatalogDbContext db, CancellationToken cancellationToken)
    {
        var connection = db.Database.GetDbConnection();
        await db.Database.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            await using var exists = connection.CreateCommand();
            exists.CommandText = $"SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = '{EfLockTable}'";
            if (Convert.ToInt64(await exists.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false), System.Globalization.CultureInfo.InvariantCulture) == 0)
            {
                return;
            }

            await using var delete = connection.CreateCommand();
            delete.CommandText = $"DELETE FROM \"{EfLockTable}\"";
            await delete.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        }
        finally
        {
            await db.Database.CloseConnectionAsync().ConfigureAwait(false);
        }
    }
}
