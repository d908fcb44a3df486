namespace Stats.Warehouse.Build;

/// <summary>One model file's run: the table it fills (null for helper files), its row count afterwards, its duration.</summary>
public sealed record ModelRunResult(string Model, string? Table, long? Rows, TimeSpan Elapsed);
