using Stats.Etl.Readers;

namespace Stats.Etl.Operations;

/// <summary>
/// SHA-256 of a delivered file: the identity of a delivery for duplicate detection. The catalog needs it before
/// intake starts (so a crash can be reconciled by hash), hence a pass of its own; the hashing is intake's.
/// </summary>
public static class ContentHash
{
    public static async Task<string> ComputeAsync(string path, CancellationToken cancellationToken) =>
        (await FileScan.ScanAsync(path, text: false, cancellationToken).ConfigureAwait(false)).Sha256;
}
