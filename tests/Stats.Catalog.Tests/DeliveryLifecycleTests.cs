using Microsoft.EntityFrameworkCore;
using Stats.Catalog.Entities;
using Stats.Catalog.Queries;
using Stats.Catalog.Recording;

namespace Stats.Catalog.Tests;

public sealed class DeliveryLifecycleTests
{
    private static readonly DateTimeOffset Received = new(2025, 3, 1, 6, 0, 0, TimeSpan.Zero);
    private const string Sha = "aa11aa11aa11aa11aa11aa11aa11aa11aa11aa11aa11aa11aa11aa11aa11aa11";
    private readonly ManualClock _clock = new(Received);

    [Theory, OnSqlite, OnPostgreSql]
    public async Task Loaded_delivery_is_recorded_from_start_to_finish_and_reads_back_from_a_new_context(CatalogProvider provider)
    {
        await using var catalog = await TestCatalog.CreateAsync(provider);
        long id;
        await using (var db = await catalog.OpenAsync())
        {
            var recorder = new CatalogRecorder(db, _clock);
            await recorder.UpsertSourceAsync("POL", "Federal Police", "POLICE", "police-victims", CancellationToken.None);
            id = await recorder.DeliveryStartedAsync("police-victims", "POL", "police_victims_2025-03.csv", Sha, CancellationToken.None);
            (await db.Deliveries.AsNoTracking().SingleAsync(d => d.Id == id)).Status.Should().Be(DeliveryStatus.Running);

            _clock.Now = Received.AddSeconds(42);
            await recorder.DeliveryFinishedAsync(id, new DeliveryResult(
                DeliveryStatus.Loaded, null, "loaded", 7, null, RowsRead: 120, RowsLoaded: 115, RowsQuarantined: 5,
                [new QuarantineRow("victim", "unknown_code", "gender", 3), new QuarantineRow("victim", "future_date", "detected_on", 2)]),
                CancellationToken.None);
        }

        await using var reader = await catalog.OpenAsync();
        var delivery = (await new CatalogQueries(reader).RecentDeliveriesAsync(10, CancellationToken.None)).Should().ContainSingle().Subject;
        delivery.Id.Should().Be(id);
        delivery.ContractId.Should().Be("police-victims");
        delivery.SourceCode.Should().Be("POL");
        delivery.FileName.Should().Be("police_victims_2025-03.csv");
        delivery.ContentSha256.Should().Be(Sha);
        delivery.Status.Should().Be(DeliveryStatus.Loaded);
        delivery.ReceivedAt.Should().Be(Received);
        delivery.FinishedAt.Should().Be(Received.AddSeconds(42));
        delivery.Message.Should().Be("loaded");
        delivery.RefusalReason.Should().BeNull();
        (delivery.LoadBatchKey, delivery.DuplicateOfBatchKey).Should().Be((7L, (long?)null));
        (delivery.RowsRead, delivery.RowsLoaded, delivery.RowsQuarantined).Should().Be((120L, 115L, 5L));
        delivery.Quarantine.Select(q => (q.Entity, q.RuleCode, q.ColumnName, q.Rows)).Should().BeEquivalentTo(
            [("victim", "unknown_code", "gender", 3L), ("victim", "future_date", "detected_on", 2L)]);

        var source = (await new CatalogQueries(reader).SourcesAsync(CancellationToken.None)).Should().ContainSingle().Subject;
        (source.Code, source.Name, source.OrganisationType).Should().Be(("POL", "Federal Police", "POLICE"));
        source.FirstSeenAt.Should().Be(Received);
        source.LastDeliveryAt.Should().Be(Received);
        source.LastSuccessfulDeliveryAt.Should().Be(Received);
        source.Contracts.Should().ContainSingle().Which.LastSuccessfulDeliveryAt.Should().Be(Received);

        // Stored as status names, so an operator's SQL client shows "Loaded", not 1.
        (await catalog.StringsAsync("SELECT status FROM deliveries")).Should().Equal("Loaded");
    }

    [Theory, OnSqlite, OnPostgreSql]
    public async Task Refused_and_duplicate_deliveries_count_as_deliveries_but_not_as_successful_ones(CatalogProvider provider)
    {
        await using var catalog = await TestCatalog.CreateAsync(provider);
        await using var db = await catalog.OpenAsync();
        var recorder = new CatalogRecorder(db, _clock);
        await recorder.UpsertSourceAsync("POL", "Federal Police", "POLICE", "police-victims", CancellationToken.None);

        var loaded = await recorder.DeliveryStartedAsync("police-victims", "POL", "a.csv", Sha, CancellationToken.None);
        await recorder.DeliveryFinishedAsync(loaded, Result(DeliveryStatus.Loaded, null, loadBatchKey: 1), CancellationToken.None);

        _clock.Now = Received.AddDays(1);
        var refused = await recorder.DeliveryStartedAsync("police-victims", "POL", "b.csv", new string('b', 64), CancellationToken.None);
        await recorder.DeliveryFinishedAsync(refused, Result(DeliveryStatus.Refused, "identifying_column"), CancellationToken.None);

        _clock.Now = Received.AddDays(2);
        var duplicate = await recorder.DeliveryStartedAsync("police-victims", "POL", "a-again.csv", Sha, CancellationToken.None);
        await recorder.DeliveryFinishedAsync(duplicate, Result(DeliveryStatus.Duplicate, "duplicate_delivery", duplicateOf: 1), CancellationToken.None);

        var rows = await db.Deliveries.AsNoTracking().OrderBy(d => d.Id).ToListAsync();
        rows.Select(d => (d.Status, d.RefusalReason, d.LoadBatchKey, d.DuplicateOfBatchKey)).Should().Equal(
            (DeliveryStatus.Loaded, null, 1L, null),
            (DeliveryStatus.Refused, "identifying_column", null, null),
            (DeliveryStatus.Duplicate, "duplicate_delivery", null, 1L));

        var source = await db.Sources.AsNoTracking().SingleAsync();
        source.LastDeliveryAt.Should().Be(Received.AddDays(2));
        source.LastSuccessfulDeliveryAt.Should().Be(Received);

        // The same hash twice (loaded, then duplicate) is findable through the hash index.
        (await db.Deliveries.CountAsync(d => d.ContentSha256 == Sha)).Should().Be(2);
    }

    [Theory, OnSqlite, OnPostgreSql]
    public async Task Two_contracts_of_one_organisation_keep_their_own_last_delivery(CatalogProvider provider)
    {
        await using var catalog = await TestCatalog.CreateAsync(provider);
        await using var db = await catalog.OpenAsync();
        var recorder = new CatalogRecorder(db, _clock);
        await recorder.UpsertSourceAsync("POL", "Federal Police", "POLICE", "police-victims", CancellationToken.None);
        await recorder.UpsertSourceAsync("POL", "Federal Police (renamed)", "POLICE", "police-suspects", CancellationToken.None);

        _clock.Now = Received.AddHours(3);
        var id = await recorder.DeliveryStartedAsync("police-suspects", "POL", "s.csv", Sha, CancellationToken.None);
        await recorder.DeliveryFinishedAsync(id, Result(DeliveryStatus.Loaded, null, loadBatchKey: 4), CancellationToken.None);

        var source = (await new CatalogQueries(db).SourcesAsync(CancellationToken.None)).Single();
        source.Name.Should().Be("Federal Police (renamed)");
        source.Contracts.OrderBy(c => c.ContractId).Select(c => (c.ContractId, c.LastDeliveryAt)).Should().Equal(
            ("police-suspects", Received.AddHours(3)),
            ("police-victims", (DateTimeOffset?)null));
    }

    [Theory, OnSqlite, OnPostgreSql]
    public async Task A_delivery_finishes_once(CatalogProvider provider)
    {
        await using var catalog = await TestCatalog.CreateAsync(provider);
        await using var db = await catalog.OpenAsync();
        var recorder = new CatalogRecorder(db, _clock);
        var id = await recorder.DeliveryStartedAsync("police-victims", "POL", "a.csv", Sha, CancellationToken.None);
        await recorder.DeliveryFinishedAsync(id, Result(DeliveryStatus.Failed, null), CancellationToken.None);

        var again = () => recorder.DeliveryFinishedAsync(id, Result(DeliveryStatus.Loaded, null), CancellationToken.None);
        await again.Should().ThrowAsync<InvalidOperationException>().WithMessage("*already finished as Failed*");
        var unknown = () => recorder.DeliveryFinishedAsync(id + 100, Result(DeliveryStatus.Loaded, null), CancellationToken.None);
        await unknown.Should().ThrowAsync<InvalidOperationException>();
        var running = () => recorder.DeliveryFinishedAsync(id, Result(DeliveryStatus.Running, null), CancellationToken.None);
        await running.Should().ThrowAsync<ArgumentException>();
    }

    private static DeliveryResult Result(DeliveryStatus status, string? reason, long? loadBatchKey = null, long? duplicateOf = null) =>
        new(status, reason, status.ToString(), loadBatchKey, duplicateOf, 0, 0, 0, []);
}
