using System.Diagnostics;
using Microsoft.EntityFrameworkCore;

namespace Stats.Catalog.Tests;

/// <summary>
/// A process killed while it held EF Core's SQLite migration lock (a row in <c>__EFMigrationsLock</c>) must not make every
/// later open wait forever, which is what the issue 10 crash test saw before <see cref="SqliteMigrationGate"/>.
/// </summary>
public sealed class StaleMigrationLockTests : IDisposable
{
    /// <summary>Far longer than an open takes; an open that waits for a dead lock holder never finishes at all.</summary>
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(30);

    private readonly TempCatalog _catalog = new();

    [Fact]
    public async Task A_lock_row_left_by_a_killed_process_does_not_stop_an_open_with_nothing_to_migrate()
    {
        await (await _catalog.OpenAsync()).DisposeAsync();
        using (var raw = _catalog.OpenRaw())
        {
            Execute(raw, "INSERT INTO \"__EFMigrationsLock\" (\"Id\", \"Timestamp\") VALUES (1, '2026-11-24 02:40:00+00:00')");
        }

        await using var db = await _catalog.OpenAsync().WaitAsync(Patience);

        (await db.Database.GetPendingMigrationsAsync()).Should().BeEmpty();
    }

    [Fact]
    public async Task A_lock_row_left_by_a_process_killed_mid_migration_is_cleared_and_the_migration_finishes()
    {
        // What a kill between EF taking its lock and the first migration's commit leaves: the lock table and its row, nothing else.
        using (var raw = _catalog.OpenRaw())
        {
            Execute(raw, "CREATE TABLE \"__EFMigrationsLock\" (\"Id\" INTEGER NOT NULL CONSTRAINT \"PK___EFMigrationsLock\" PRIMARY KEY, \"Timestamp\" TEXT NOT NULL)");
            Execute(raw, "INSERT INTO \"__EFMigrationsLock\" (\"Id\", \"Timestamp\") VALUES (1, '2026-11-24 02:40:00+00:00')");
        }

        await using (var db = await _catalog.OpenAsync().WaitAsync(Patience))
        {
            (await db.Database.GetPendingMigrationsAsync()).Should().BeEmpty();
            (await db.Database.GetAppliedMigrationsAsync()).Should().HaveCount(4);
        }

        using var check = _catalog.OpenRaw();
        check.Strings("SELECT count(*) FROM \"__EFMigrationsLock\"").Should().Equal("0");
    }

    [Fact]
    public async Task A_migration_waits_while_another_live_process_holds_the_gate_and_goes_on_when_that_process_is_killed()
    {
        var lockFile = _catalog.FilePath + SqliteMigrationGate.LockFileSuffix;
        // flock(1) takes the same kind of lock .NET takes for FileShare.None on Unix: a real second process holding it.
        using var holder = Process.Start(new ProcessStartInfo("flock", ["--exclusive", lockFile, "sleep", "60"]) { UseShellExecute = false })!;
        await WaitUntilAsync(() => File.Exists(lockFile));
        await Task.Delay(TimeSpan.FromMilliseconds(300));

        var open = _catalog.OpenAsync();
        await Task.Delay(TimeSpan.FromSeconds(1.5));
        open.IsCompleted.Should().BeFalse("a live process holds the migration gate");

        holder.Kill(entireProcessTree: true);
        await holder.WaitForExitAsync();
        await using var db = await open.WaitAsync(Patience);
        (await db.Database.GetPendingMigrationsAsync()).Should().BeEmpty();
    }

    public void Dispose() => _catalog.Dispose();

    private static void Execute(Microsoft.Data.Sqlite.SqliteConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }

    private static async Task WaitUntilAsync(Func<bool> condition)
    {
        var waited = Stopwatch.StartNew();
        while (!condition())
        {
            waited.Elapsed.Should().BeLessThan(Patience, "the flock process creates its lock file at once");
            await Task.Delay(50);
        }
    }
}
