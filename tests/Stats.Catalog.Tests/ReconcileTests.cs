using Microsoft.EntityFrameworkCore;
using Stats.Catalog.Entities;
using Stats.Catalog.Recording;

namespace Stats.Catalog.Tests;

public sealed class ReconcileTests
{
    private static readonly DateTimeOffset Start = new(2025, 6, 1, 6, 0, 0, TimeSpan.Zero);

    [Theory, OnSqlite, OnPostgreSql]
    public async Task Running_deliveries_left_by_a_crash_become_loaded_or_failed_by_what_the_warehouse_holds(CatalogProvider provider)
    {
        await using var catalog = await TestCatalog.CreateAsync(provider);
        var clock = new ManualClock(Start);
        long committed, lost, finished;
        await using (var crashed = await catalog.OpenAsync())
        {
            var recorder = new CatalogRecorder(crashed, clock);
            await recorder.UpsertSourceAsync("NRM", "Referral mechanism", "SOCIAL", "socialcare-nrm", CancellationToken.None);
            finished = await recorder.DeliveryStartedAsync("socialcare-nrm", "NRM", "done.json", new string('d', 64), CancellationToken.None);
            await recorder.DeliveryFinishedAsync(finished, new DeliveryResult(DeliveryStatus.Refused, "unknown_column", "refused", null, null, 0, 0, 0, []), CancellationToken.None);
            clock.Now = Start.AddMinutes(10);
            committed = await recorder.DeliveryStartedAsync("socialcare-nrm", "NRM", "committed.json", new string('c', 64), CancellationToken.None);
            clock.Now = Start.AddMinutes(20);
            lost = await recorder.DeliveryStartedAsync("socialcare-nrm", "NRM", "lost.json", new string('f', 64), CancellationToken.None);
            // The process dies here: neither delivery is finished.
        }

        // What the warehouse's lineage table holds: only the first file's transaction committed.
        var warehouse = new Dictionary<string, WarehouseBatch>
        {
            [new string('c', 64)] = new(LoadBatchKey: 31, RowsRead: 50, RowsLoaded: 48, RowsQuarantined: 2, [new("assistance", "impossible_date", "start_date", 2)]),
        };
        var asked = new List<string>();

        clock.Now = Start.AddHours(2);
        await using var db = await catalog.OpenAsync();
        var reconciler = new CatalogRecorder(db, clock);
        var count = await reconciler.ReconcileInterruptedAsync(
            (sha, _) =>
            {
                asked.Add(sha);
                return Task.FromResult(warehouse.GetValueOrDefault(sha));
            },
            CancellationToken.None);

        count.Should().Be(2);
        asked.Should().Equal(new string('c', 64), new string('f', 64));

        var rows = await db.Deliveries.AsNoTracking().Include(d => d.Quarantine).ToDictionaryAsync(d => d.Id);
        rows[committed].Status.Should().Be(DeliveryStatus.Loaded);
        rows[committed].LoadBatchKey.Should().Be(31);
        (rows[committed].RowsRead, rows[committed].RowsLoaded, rows[committed].RowsQuarantined).Should().Be((50L, 48L, 2L));
        rows[committed].Quarantine.Should().ContainSingle().Which.RuleCode.Should().Be("impossible_date");
        rows[committed].FinishedAt.Should().Be(Start.AddHours(2));
        rows[lost].Status.Should().Be(DeliveryStatus.Failed);
        rows[lost].Message.Should().Be("interrupted");
        rows[lost].LoadBatchKey.Should().BeNull();
        rows[finished].Status.Should().Be(DeliveryStatus.Refused);

        // Last-delivery times are the receipts of the reconciled files, not the reconciliation time.
        var source = await db.Sources.AsNoTracking().SingleAsync();
        source.LastDeliveryAt.Should().Be(Start.AddMinutes(20));
        source.LastSuccessfulDeliveryAt.Should().Be(Start.AddMinutes(10));

        (await reconciler.ReconcileInterruptedAsync((_, _) => throw new InvalidOperationException("nothing left to ask"), CancellationToken.None))
            .Should().Be(0);
    }
}
