namespace Stats.Etl.Readers;

/// <summary>What the streaming pass learnt about a file before anything is loaded.</summary>
internal sealed record FileScanResult(string Sha256, long Length, bool ValidText, bool HasContent);
