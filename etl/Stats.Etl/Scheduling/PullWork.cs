using Microsoft.Extensions.Logging;
using Stats.Catalog.Pulls;
using Stats.Etl.Channels;
using Stats.Etl.Contracts;
using Stats.Etl.Intake;
using Stats.Warehouse;
using Stats.Warehouse.Faults;

namespace Stats.Etl.Scheduling;

/// <summary>
/// One source's pull: fetch from the agency's endpoint when one is configured (conditionally, so an unchanged delivery is
/// not fetched again), then load every ready file of the source's inbox, oldest first, and move it to archive/ or, when
/// refused, to rejected/ with its reason. A file is moved only after the catalog and warehouse recorded it, so a crash
/// in between loads it again on the next run, where the content hash makes it a duplicate: the run is idempotent. A publish
/// is owed when the run loaded something or a loaded delivery is not in the served vintage (a crash came in between).
/// </summary>
public sealed class PullWork(
    ContractRepository contracts,
    Inboxes inboxes,
    WarehouseWriter writer,
    PullEndpoints endpoints,
    HttpDeliveryPuller puller,
    CatalogContexts catalog,
    WarehouseOptions warehouse,
    TimeProvider time,
    ILogger<PullWork> logger)
{
    public async Task<JobReport> RunAsync(string contractId, CancellationToken cancellationToken)
    {
        var contract = contracts.Get(contractId);
        var inbox = inboxes.For(contract);
        var fetched = await FetchAsync(contract, inbox, cancellationToken).ConfigureAwait(false);
        var files = await inboxes.ScanAsync(contract, cancellationToken).ConfigureAwait(false);
        var report = new JobReport { FilesSeen = files.Count, Failure = fetched };
        foreach (var file in files)
        {
            var outcome = await writer.RunAsync((session, ct) => session.LoadAsync(contract, file.FullPath, null, ct), cancellationToken).ConfigureAwait(false);
            FaultPoints.Reached("pull:recorded");
            report = await SettleAsync(inbox, file, outcome, report, cancellationToken).ConfigureAwait(false);
        }

        var owed = report.DeliveriesLoaded > 0 || await UnpublishedDeliveries.AnyAsync(catalog, warehouse, cancellationToken).ConfigureAwait(false);
        return report with { Message = Describe(report), PublishOwed = owed };
    }

    private async Task<JobReport> SettleAsync(InboxFolder inbox, InboxFile file, IntakeOutcome outcome, JobReport report, CancellationToken cancellationToken)
    {
        switch (outcome.Status)
        {
            case IntakeStatus.Refused:
                await inbox.RejectAsync(file, outcome.RefusalReason ?? "refused", outcome.Message, cancellationToken).ConfigureAwait(false);
                logger.LogWarning("Delivery {File} of {Contract} refused: {Reason}", file.FileName, outcome.ContractId, outcome.RefusalReason);
                return report with { DeliveriesRefused = report.DeliveriesRefused + 1 };
            case IntakeStatus.Duplicate:
                await inbox.ArchiveAsync(file, cancellationToken).ConfigureAwait(false);
                return report with { DeliveriesDuplicate = report.DeliveriesDuplicate + 1 };
            default:
                await inbox.ArchiveAsync(file, cancellationToken).ConfigureAwait(false);
                return report with { DeliveriesLoaded = report.DeliveriesLoaded + 1, RowsLoaded = report.RowsLoaded + outcome.RowsLoaded };
        }
    }

    // Returns a permanent failure to record (the inbox is still processed); throws for a transient one, which Quartz retries.
    private async Task<string?> FetchAsync(SourceContract contract, InboxFolder inbox, CancellationToken cancellationToken)
    {
        if (endpoints.Find(contract.Id) is not { } endpoint)
        {
            return null;
        }

        var url = endpoint.Url!;
        await using var db = catalog.Create();
        var state = new PullStateStore(db, time);
        var previous = await state.GetAsync(contract.Id, url, cancellationToken).ConfigureAwait(false);
        var request = endpoint.ToRequest(previous);
        var outcome = await puller.PullAsync(request, inbox, cancellationToken).ConfigureAwait(false);
        switch (outcome)
        {
            case PullOutcome.NotModified:
                await state.CheckedAsync(contract.Id, url, cancellationToken).ConfigureAwait(false);
                return null;
            case PullOutcome.Downloaded downloaded:
                await state.FetchedAsync(contract.Id, url, downloaded.Validators, downloaded.File.Sha256 ?? "", cancellationToken).ConfigureAwait(false);
                return null;
            case PullOutcome.Failed { Transient: true } failed:
                throw new TransientPullException(failed.Message);
            case PullOutcome.Failed failed:
                logger.LogError("Pull of {Contract} failed and is not retried: {Message}", contract.Id, failed.Message);
                return failed.Message;
            default:
                throw new InvalidOperationException($"Unexpected pull outcome {outcome.GetType().Name}.");
        }
    }

    private static string Describe(JobReport r) =>
        r.FilesSeen == 0 && r.Failure is null
            ? "no new delivery"
            : FormattableString.Invariant($"{r.FilesSeen} file(s): {r.DeliveriesLoaded} loaded ({r.RowsLoaded} rows), {r.DeliveriesRefused} refused, {r.DeliveriesDuplicate} duplicate") +
              (r.Failure is null ? "" : "; pull failed: " + r.Failure);
}
