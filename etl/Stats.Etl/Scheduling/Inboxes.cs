using System.Collections.Concurrent;
using Stats.Etl.Channels;
using Stats.Etl.Contracts;

namespace Stats.Etl.Scheduling;

/// <summary>
/// One <see cref="InboxFolder"/> per contract for the life of the process: a folder remembers what it saw at earlier scans,
/// which is how a file without a marker is known to have stopped growing. Scans of one folder are serialised, because the
/// inbox watcher and a running pull may look at the same folder.
/// </summary>
public sealed class Inboxes(string inboxRoot, IntakeOptions options, TimeProvider time)
{
    private readonly ConcurrentDictionary<string, (InboxFolder Folder, SemaphoreSlim Gate)> _folders = new(StringComparer.Ordinal);

    public string Root { get; } = inboxRoot;

    public InboxFolder For(SourceContract contract) => Entry(contract).Folder;

    public async Task<IReadOnlyList<InboxFile>> ScanAsync(SourceContract contract, CancellationToken cancellationToken)
    {
        var (folder, gate) = Entry(contract);
        await gate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            return await folder.ScanAsync(cancellationToken).ConfigureAwait(false);
        }
        finally
        {
            gate.Release();
        }
    }

    private (InboxFolder Folder, SemaphoreSlim Gate) Entry(SourceContract contract)
    {
        ArgumentNullException.ThrowIfNull(contract);
        return _folders.GetOrAdd(contract.Id, _ => (new InboxFolder(Root, contract, time, options.StableFor), new SemaphoreSlim(1, 1)));
    }
}
