namespace Stats.Benchmarks.Report;

/// <summary>A table as measured (volumes, per-indicator profile, load levels): formatted cells; <see cref="Align"/> has 'l' or 'r' per column.</summary>
internal sealed record PlainTable
{
    public required string Name { get; init; }
    public required IReadOnlyList<string> Columns { get; init; }
    public required string Align { get; init; }
    public required IReadOnlyList<IReadOnlyList<string>> Rows { get; init; }
}
