namespace Stats.Etl.Readers;

/// <summary>What the streaming pass learnt about a file before anything is loaded.</summary>
internal sealed record FileScanResult(string Sha256, long Length, bool ValidText, bool HasContent)
{
    /// <summary>For CSV: the longest record in bytes (0 otherwise) and the line it starts on.</summary>
    public long LongestRecordBytes { get; init; }

    public long LongestRecordLine { get; init; }
}
