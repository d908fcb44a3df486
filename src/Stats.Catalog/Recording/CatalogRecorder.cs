using Microsoft.EntityFrameworkCore;
using Stats.Catalog.Entities;

namespace Stats.Catalog.Recording;

/// <summary>
/// Writes what intake and publishing did. Each method saves its own changes, so the catalog is
/// up to date even when the process dies right after; one recorder per context, not thread-safe.
/// </summary>
public sealed class CatalogRecorder(CatalogDbContext db, TimeProvider time)
{
    public const string InterruptedMessage = "interrupted";

    /// <summary>Creates or refreshes a source and its contract from the contract file.</summary>
    public async Task UpsertSourceAsync(string code, string name, string organisationType, string contractId, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var source = await db.Sources.FindAsync([code], cancellationToken).ConfigureAwait(false);
        if (source is null)
        {
            db.Sources.Add(new Source { Code = code, Name = name, OrganisationType = organisationType, FirstSeenAt = now });
        }
        else
        {
            source.Name = name;
            source.OrganisationType = organisationType;
        }

        var contract = await db.SourceContracts.FindAsync([contractId], cancellationToken).ConfigureAwait(false);
        if (contract is null)
        {
            db.SourceContracts.Add(new SourceContract { ContractId = contractId, SourceCode = code, FirstSeenAt = now });
        }
        else
        {
            contract.SourceCode = code;
        }

        await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Records that intake started on a file; the row stays Running until it finishes.</summary>
    public async Task<long> DeliveryStartedAsync(string contractId, string sourceCode, string fileName, string sha256, CancellationToken cancellationToken)
    {
        var delivery = new Delivery
        {
            ContractId = contractId,
            SourceCode = sourceCode,
            FileName = fileName,
            ContentSha256 = sha256,
            ReceivedAt = time.GetUtcNow(),
            Status = DeliveryStatus.Running,
        };
        db.Deliveries.Add(delivery);
        await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        return delivery.Id;
    }

    /// <summary>Records the outcome, its quarantine summary and the source's last-delivery times in one transaction.</summary>
    public async Task DeliveryFinishedAsync(long deliveryId, DeliveryResult result, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(result);
        if (result.Status == DeliveryStatus.Running)
        {
            throw new ArgumentException("A finished delivery cannot be Running.", nameof(result));
        }

        var delivery = await RunningDeliveryAsync(deliveryId, cancellationToken).ConfigureAwait(false);
        delivery.Status = result.Status;
        delivery.RefusalReason = result.RefusalReason;
        delivery.Message = result.Message;
        delivery.LoadBatchKey = result.LoadBatchKey;
        delivery.DuplicateOfBatchKey = result.DuplicateOfBatchKey;
        Finish(delivery, result.RowsRead, result.RowsLoaded, result.RowsQuarantined, result.Quarantine);
        await TouchSourceAsync(delivery, cancellationToken).ConfigureAwait(false);
        await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// Settles deliveries a crash left Running: Loaded when the warehouse holds a batch with the same
    /// content hash (the load transaction committed), otherwise Failed with "interrupted". Call it
    /// while holding the warehouse writer, so no delivery is genuinely still running.
    /// </summary>
    public async Task<int> ReconcileInterruptedAsync(
        Func<string, CancellationToken, Task<WarehouseBatch?>> findLoadedBatch,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(findLoadedBatch);
        var running = await db.Deliveries
            .Where(d => d.Status == DeliveryStatus.Running)
            .OrderBy(d => d.Id)
            .ToListAsync(cancellationToken)
            .ConfigureAwait(false);

        foreach (var delivery in running)
        {
            var batch = await findLoadedBatch(delivery.ContentSha256, cancellationToken).ConfigureAwait(false);
            if (batch is null)
            {
                delivery.Status = DeliveryStatus.Failed;
                delivery.Message = InterruptedMessage;
                Finish(delivery, 0, 0, 0, []);
            }
            else
            {
                delivery.Status = DeliveryStatus.Loaded;
                delivery.LoadBatchKey = batch.LoadBatchKey;
                delivery.Message = "loaded; recorded on reconciliation after an interruption";
                Finish(delivery, batch.RowsRead, batch.RowsLoaded, batch.RowsQuarantined, batch.Quarantine);
            }

            await TouchSourceAsync(delivery, cancellationToken).ConfigureAwait(false);
        }

        await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        return running.Count;
    }

    /// <summary>Records a published vintage and the successful attempt that produced it.</summary>
    public async Task VintagePublishedAsync(int id, DateTimeOffset publishedAt, string fileName, CancellationToken cancellationToken)
    {
        if (await db.Vintages.AnyAsync(v => v.Id == id, cancellationToken).ConfigureAwait(false))
        {
            throw new InvalidOperationException($"Vintage {id} is already recorded in the catalog.");
        }

        db.Vintages.Add(new Vintage { Id = id, PublishedAt = publishedAt, FileName = fileName });
        db.PublishAttempts.Add(new PublishAttempt { AttemptedAt = publishedAt, Status = PublishStatus.Published, VintageId = id });
        await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Records a publish that data tests (or anything else) stopped; the previous vintage keeps serving.</summary>
    public async Task PublishFailedAsync(DateTimeOffset at, IReadOnlyList<string> failedTests, string message, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(failedTests);
        db.PublishAttempts.Add(new PublishAttempt
        {
            AttemptedAt = at,
            Status = PublishStatus.Failed,
            FailedTests = [.. failedTests],
            Message = message,
        });
        await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
    }

    private async Task<Delivery> RunningDeliveryAsync(long deliveryId, CancellationToken cancellationToken)
    {
        var delivery = await db.Deliveries.FindAsync([deliveryId], cancellationToken).ConfigureAwait(false)
            ?? throw new InvalidOperationException($"Delivery {deliveryId} is not in the catalog.");
        return delivery.Status == DeliveryStatus.Running
            ? delivery
            : throw new InvalidOperationException($"Delivery {deliveryId} already finished as {delivery.Status}.");
    }

    private void Finish(Delivery delivery, long read, long loaded, long quarantined, IReadOnlyList<QuarantineRow> quarantine)
    {
        delivery.FinishedAt = time.GetUtcNow();
        delivery.RowsRead = read;
        delivery.RowsLoaded = loaded;
        delivery.RowsQuarantined = quarantined;
        foreach (var row in quarantine)
        {
            delivery.Quarantine.Add(new QuarantineSummary
            {
                DeliveryId = delivery.Id,
                Entity = row.Entity,
                RuleCode = row.RuleCode,
                ColumnName = row.ColumnName,
                Rows = row.Rows,
            });
        }
    }

    // Times are the delivery's receipt, kept as a maximum, so a late reconciliation of an old
    // delivery cannot move "last delivery" backwards or pretend the file arrived today.
    private async Task TouchSourceAsync(Delivery delivery, CancellationToken cancellationToken)
    {
        var loaded = delivery.Status == DeliveryStatus.Loaded;
        var source = await db.Sources.FindAsync([delivery.SourceCode], cancellationToken).ConfigureAwait(false);
        if (source is not null)
        {
            source.LastDeliveryAt = Later(source.LastDeliveryAt, delivery.ReceivedAt);
            source.LastSuccessfulDeliveryAt = loaded ? Later(source.LastSuccessfulDeliveryAt, delivery.ReceivedAt) : source.LastSuccessfulDeliveryAt;
        }

        var contract = await db.SourceContracts.FindAsync([delivery.ContractId], cancellationToken).ConfigureAwait(false);
        if (contract is not null)
        {
            contract.LastDeliveryAt = Later(contract.LastDeliveryAt, delivery.ReceivedAt);
            contract.LastSuccessfulDeliveryAt = loaded ? Later(contract.LastSuccessfulDeliveryAt, delivery.ReceivedAt) : contract.LastSuccessfulDeliveryAt;
        }
    }

    private static DateTimeOffset Later(DateTimeOffset? current, DateTimeOffset candidate) =>
        current is { } value && value > candidate ? value : candidate;
}
