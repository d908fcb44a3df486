namespace Stats.Benchmarks.Report;

/// <summary>
/// Timed cases of one measurement, rendered as Method | [group] | Mean | StdDev | Ratio | [throughput] | [own columns] | [allocation].
/// The ratio of a case is its mean over the mean of the reference case of the same group (cases without a group form one group).
/// </summary>
internal sealed record TimingTable
{
    public required string Name { get; init; }

    /// <summary>Header of the group column (a benchmark parameter such as "Rows", or "Format"); null when there is one group.</summary>
    public string? GroupHeader { get; init; }

    /// <summary>Header of the throughput column (e.g. "Rows/s": <see cref="TimedCase.Units"/> ÷ mean); null for none.</summary>
    public string? ThroughputHeader { get; init; }

    /// <summary>Whether the table shows managed allocation per operation (BenchmarkDotNet's MemoryDiagnoser).</summary>
    public bool Allocation { get; init; }

    /// <summary>The section's own columns, in order, read from <see cref="TimedCase.Values"/>.</summary>
    public IReadOnlyList<string> Columns { get; init; } = [];

    public required IReadOnlyList<TimedCase> Cases { get; init; }
}
