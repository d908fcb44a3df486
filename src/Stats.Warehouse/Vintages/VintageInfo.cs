namespace Stats.Warehouse.Vintages;

/// <summary>One published snapshot: its id (increasing), when it was published, and the full path of its file.</summary>
public sealed record VintageInfo(int Id, DateTimeOffset PublishedAt, string FilePath);
