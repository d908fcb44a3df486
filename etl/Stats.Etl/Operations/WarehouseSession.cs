using DuckDB.NET.Data;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Stats.Catalog;
using Stats.Catalog.Recording;
using Stats.Etl.Contracts;
using Stats.Etl.Intake;
using Stats.Warehouse;
using Stats.Warehouse.Freshness;
using Stats.Warehouse.Publish;

namespace Stats.Etl.Operations;

/// <summary>
/// The single writer's working session: the working DuckDB database opened for writing plus the catalog.
/// Every warehouse-changing operation (a delivery, a publish) goes through here, so the catalog always
/// records what the warehouse did. Used by the command line now and by scheduled jobs later.
/// </summary>
public sealed class WarehouseSession : IAsyncDisposable
{
    private readonly IntakeService _intake;
    private readonly Publisher _publisher;
    private readonly TimeProvider _time;

    private WarehouseSession(WarehouseDatabase database, DuckDBConnection writer, CatalogDbContext catalog, TimeProvider time, ILoggerFactory loggers)
    {
        Database = database;
        Writer = writer;
        Catalog = catalog;
        _time = time;
        Recorder = new CatalogRecorder(catalog, time);
        _intake = new IntakeService(time, loggers.CreateLogger<IntakeService>());
        _publisher = new Publisher(database, time);
    }

    public WarehouseDatabase Database { get; }
    public DuckDBConnection Writer { get; }
    public CatalogDbContext Catalog { get; }
    public CatalogRecorder Recorder { get; }

    public static async Task<WarehouseSession> OpenAsync(
        WarehouseOptions warehouse, CatalogOptions catalog, TimeProvider time, CancellationToken cancellationToken, ILoggerFactory? loggers = null)
    {
        var database = new WarehouseDatabase(warehouse);
        var writer = await database.OpenWriterAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            var context = await CatalogDatabase.OpenAsync(catalog, warehouse.DataPath, cancellationToken).ConfigureAwait(false);
            var session = new WarehouseSession(database, writer, context, time, loggers ?? NullLoggerFactory.Instance);
            await session.ReconcileAsync(cancellationToken).ConfigureAwait(false);
            return session;
        }
        catch
        {
            await writer.DisposeAsync().ConfigureAwait(false);
            throw;
        }
    }

    /// <summary>Loads one delivery under its contract and records the outcome in the catalog.</summary>
    public async Task<IntakeOutcome> LoadAsync(SourceContract contract, string filePath, IProgress<IntakeProgress>? progress, CancellationToken cancellationToken)
    {
        var hash = await ContentHash.ComputeAsync(filePath, cancellationToken).ConfigureAwait(false);
        await Recorder.UpsertSourceAsync(contract.Source.Code, contract.Source.Name, contract.Source.OrganisationType, contract.Id, cancellationToken).ConfigureAwait(false);
        var deliveryId = await Recorder.DeliveryStartedAsync(contract.Id, contract.Source.Code, Path.GetFileName(filePath), hash, cancellationToken).ConfigureAwait(false);
        IntakeOutcome outcome;
        try
        {
            outcome = await _intake.LoadAsync(Writer, contract, filePath, progress, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            await Recorder.DeliveryFinishedAsync(deliveryId, DeliveryResults.Failed(ex), CancellationToken.None).ConfigureAwait(false);
            throw;
        }

        await Recorder.DeliveryFinishedAsync(deliveryId, DeliveryResults.From(outcome), CancellationToken.None).ConfigureAwait(false);
        return outcome;
    }

    /// <summary>
    /// Records the contracts' delivery expectations (so the vintage knows which sources were late when it was published),
    /// builds the model, runs the data tests and publishes a new vintage when they pass; records either way.
    /// </summary>
    public async Task<PublishResult> PublishAsync(IReadOnlyList<SourceExpectation> expectations, IProgress<string>? progress, CancellationToken cancellationToken)
    {
        await SourceExpectations.SyncAsync(Writer, expectations, cancellationToken).ConfigureAwait(false);
        var result = await _publisher.PublishAsync(Writer, progress, cancellationToken).ConfigureAwait(false);
        if (result.Published && result.Vintage is { } vintage)
        {
            await Recorder.VintagePublishedAsync(vintage.Id, vintage.PublishedAt, Path.GetFileName(vintage.FilePath), CancellationToken.None).ConfigureAwait(false);
        }
        else
        {
            var failed = result.Failures.Select(f => f.Test).ToList();
            await Recorder.PublishFailedAsync(_time.GetUtcNow(), failed, PublishMessages.Describe(result), CancellationToken.None).ConfigureAwait(false);
        }

        return result;
    }

    // A crash between the warehouse commit and the catalog update leaves a delivery "Running";
    // the warehouse's lineage table is the authority on whether that batch is in.
    private Task ReconcileAsync(CancellationToken cancellationToken) =>
        Recorder.ReconcileInterruptedAsync((sha, ct) => WarehouseBatches.FindAsync(Writer, sha, ct), cancellationToken);

    public async ValueTask DisposeAsync()
    {
        await Catalog.DisposeAsync().ConfigureAwait(false);
        await Writer.DisposeAsync().ConfigureAwait(false);
    }
}
