using Quartz;
using Stats.Api.Intake;
using Stats.Etl.Contracts;
using Stats.Etl.Scheduling;

namespace Stats.Host.Serving;

/// <summary>
/// Uploads go into the contract's inbox (streamed to a part file, renamed, marked ready) and fire the source's pull at once,
/// so a pushed delivery takes the same road as a dropped or pulled one: the same checks, refusal folder and run history.
/// </summary>
internal sealed class InboxUploads(ContractRepository contracts, Inboxes inboxes, ISchedulerFactory schedulers, TimeProvider time) : IDeliveryInbox
{
    public bool Knows(string contractId) => Find(contractId) is not null;

    public IReadOnlyList<string> AllowedExtensions(string contractId) =>
        Find(contractId) is { } contract ? [Extension(contract.Format.Type)] : [];

    public async Task<UploadReceipt> AcceptAsync(string contractId, string fileName, DeliveryContent content, long maxBytes, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(content);
        var contract = Find(contractId) ?? throw new ArgumentException($"Unknown contract '{contractId}'.", nameof(contractId));
        Etl.Channels.InboxFile file;
        try
        {
            file = await inboxes.For(contract).AcceptAsync(fileName, content, maxBytes, cancellationToken).ConfigureAwait(false);
        }
        catch (Etl.Channels.DeliveryTooLargeException)
        {
            throw new Api.Intake.DeliveryTooLargeException(maxBytes);
        }

        var scheduler = await schedulers.GetScheduler(cancellationToken).ConfigureAwait(false);
        await scheduler.TriggerJob(JobNames.Key(JobNames.Pull(contract.Id)), TriggerKinds.Data(TriggerKinds.Upload), cancellationToken).ConfigureAwait(false);
        return new UploadReceipt(contract.Id, file.FileName, content.Bytes, content.Sha256, time.GetUtcNow(), UploadReceipt.Queued);
    }

    private SourceContract? Find(string contractId)
    {
        try
        {
            return contractId.Contains('/', StringComparison.Ordinal) || contractId.Contains('\\', StringComparison.Ordinal) || contractId.EndsWith(".json", StringComparison.OrdinalIgnoreCase)
                ? null
                : contracts.Get(contractId);
        }
        catch (ContractException)
        {
            return null;
        }
    }

    private static string Extension(string formatType) =>
        string.Equals(formatType, "xlsx", StringComparison.OrdinalIgnoreCase) ? ".xlsx"
        : string.Equals(formatType, "json", StringComparison.OrdinalIgnoreCase) ? ".json"
        : ".csv";
}
