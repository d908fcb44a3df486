namespace Stats.Etl.Channels;

/// <summary>A delivery file in a contract's inbox folder; <see cref="Sha256"/> is set when the inbox computed it (pushes).</summary>
public sealed record InboxFile(string FullPath, string FileName, long Length, DateTimeOffset LastWriteUtc, string? Sha256 = null);
