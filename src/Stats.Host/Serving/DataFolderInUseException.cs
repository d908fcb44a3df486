namespace Stats.Host.Serving;

/// <summary>Another `stats serve` runs the scheduler of this data folder.</summary>
public sealed class DataFolderInUseException(string dataDirectory, string? holder) : Exception(
    $"The data folder '{Path.GetFullPath(dataDirectory)}' is already served by another 'stats serve'{(holder is null ? "" : $" ({holder})")}: " +
    "one scheduler writes a warehouse. Stop the other process or use another --data folder.");
