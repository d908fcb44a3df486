namespace Stats.Warehouse;

/// <summary>Another process holds the working database: there is one writer per data folder.</summary>
public sealed class WarehouseLockedException(string path, Exception inner)
    : Exception($"The warehouse '{path}' is in use by another process (one writer per data folder). Stop the other 'stats' process or use another --data folder.", inner);
