using System.Security.Cryptography;

namespace Stats.Etl.Operations;

/// <summary>SHA-256 of a delivered file, streamed: the identity of a delivery for duplicate detection.</summary>
public static class ContentHash
{
    public static async Task<string> ComputeAsync(string path, CancellationToken cancellationToken)
    {
        await using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16, useAsync: true);
        var hash = await SHA256.HashDataAsync(stream, cancellationToken).ConfigureAwait(false);
        return Convert.ToHexStringLower(hash);
    }
}
