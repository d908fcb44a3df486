using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Stats.Catalog.Recording;

namespace Stats.Catalog.Tests;

public sealed class ConcurrentAccessTests : IDisposable
{
    private readonly TempCatalog _catalog = new();

    [Fact]
    public async Task A_reader_keeps_its_snapshot_while_another_context_commits_a_delivery()
    {
        await using var writer = await _catalog.OpenAsync();
        await using var reader = await _catalog.OpenAsync();
        var recorder = new CatalogRecorder(writer, new ManualClock(new DateTimeOffset(2025, 8, 1, 0, 0, 0, TimeSpan.Zero)));
        await recorder.DeliveryStartedAsync("c", "S", "first.csv", new string('1', 64), CancellationToken.None);

        // An open read transaction holds a shared lock. In rollback-journal mode the writer's commit
        // would need an exclusive lock and wait out the busy timeout; in WAL it commits at once.
        await reader.Database.OpenConnectionAsync();
        var connection = (SqliteConnection)reader.Database.GetDbConnection();
        await using (var snapshot = connection.BeginTransaction(deferred: true))
        {
            await reader.Database.UseTransactionAsync(snapshot);
            (await reader.Deliveries.CountAsync()).Should().Be(1);

            var started = DateTime.UtcNow;
            await recorder.DeliveryStartedAsync("c", "S", "second.csv", new string('2', 64), CancellationToken.None);
            (DateTime.UtcNow - started).Should().BeLessThan(TimeSpan.FromSeconds(5), "WAL lets the writer commit beside a reader");

            (await reader.Deliveries.CountAsync()).Should().Be(1, "the reader's snapshot predates the commit");
            await snapshot.CommitAsync();
            await reader.Database.UseTransactionAsync(null);
        }

        (await reader.Deliveries.CountAsync()).Should().Be(2);
    }

    public void Dispose() => _catalog.Dispose();
}
