using Stats.Warehouse;
using Stats.Warehouse.Vintages;

namespace Stats.Hardening.Tests.Crash;

/// <summary>
/// The vintages of the clean run, by fingerprint (which deliveries they were built from): what a served vintage of the
/// crashed run built from the same deliveries must hold, table by table.
/// </summary>
internal sealed class ExpectedVintages
{
    private readonly Dictionary<string, SnapshotContent> _byFingerprint = new(StringComparer.Ordinal);

    public IReadOnlyCollection<string> Fingerprints => _byFingerprint.Keys;

    /// <summary>Records the clean folder's current vintage and returns its fingerprint.</summary>
    public async Task<string> RecordCurrentAsync(string data)
    {
        var content = await ReadCurrentAsync(data) ?? throw new InvalidOperationException("The clean run published nothing.");
        _byFingerprint[content.Fingerprint] = content;
        return content.Fingerprint;
    }

    public SnapshotContent? Find(string fingerprint) => _byFingerprint.GetValueOrDefault(fingerprint);

    public static async Task<SnapshotContent?> ReadCurrentAsync(string data)
    {
        var store = new VintageStore(new WarehouseOptions { DataDirectory = data });
        if (store.Current() is not { } current)
        {
            return null;
        }

        await using var snapshot = await store.OpenReadOnlyAsync(current, CancellationToken.None);
        return await SnapshotContent.ReadAsync(snapshot);
    }
}
