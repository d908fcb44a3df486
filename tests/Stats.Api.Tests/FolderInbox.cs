using System.Collections.Concurrent;
using Stats.Api.Intake;

namespace Stats.Api.Tests;

/// <summary>
/// An inbox on disk as the host keeps one: a folder per contract, a delivery written to a .part file and renamed when
/// complete, the .part file deleted on any failure. A name already delivered is refused (ArgumentException).
/// </summary>
internal sealed class FolderInbox(string root, IReadOnlyDictionary<string, string[]> contracts, TimeProvider time) : IDeliveryInbox
{
    public ConcurrentQueue<(string Contract, string FileName)> Queued { get; } = new();

    public string Root => root;

    public bool Knows(string contractId) => contracts.ContainsKey(contractId);

    public IReadOnlyList<string> AllowedExtensions(string contractId) => contracts[contractId];

    public async Task<UploadReceipt> AcceptAsync(string contractId, string fileName, DeliveryContent content, long maxBytes, CancellationToken cancellationToken)
    {
        var folder = Path.Combine(root, contractId);
        Directory.CreateDirectory(folder);
        var target = Path.Combine(folder, fileName);
        if (Path.GetFileName(target) != fileName || File.Exists(target))
        {
            throw new ArgumentException($"'{fileName}' was already delivered for {contractId}.", nameof(fileName));
        }

        var part = target + ".part";
        try
        {
            await using (var file = new FileStream(part, FileMode.CreateNew, FileAccess.Write, FileShare.None, bufferSize: 0, useAsync: true))
            {
                await content.CopyToAsync(file, cancellationToken);
            }

            File.Move(part, target);
        }
        catch
        {
            File.Delete(part);
            throw;
        }

        Queued.Enqueue((contractId, fileName));
        return new UploadReceipt(contractId, fileName, content.Bytes, content.Sha256, time.GetUtcNow(), UploadReceipt.Queued);
    }

    /// <summary>Every file under the inbox, partial or complete.</summary>
    public IReadOnlyList<string> Files() =>
        Directory.Exists(root) ? Directory.GetFiles(root, "*", SearchOption.AllDirectories) : [];
}
