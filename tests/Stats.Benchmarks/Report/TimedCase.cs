namespace Stats.Benchmarks.Report;

/// <summary>One timed case: mean and standard deviation of its measured runs, in seconds, and what the table shows beside them.</summary>
internal sealed record TimedCase
{
    public required string Method { get; init; }
    public string? Group { get; init; }

    /// <summary>The reference of its group: ratios of the group are against this case's mean.</summary>
    public bool Reference { get; init; }

    public required double MeanSeconds { get; init; }
    public required double StdDevSeconds { get; init; }

    /// <summary>Measured runs behind the mean (BenchmarkDotNet: workload iterations).</summary>
    public int Runs { get; init; }

    /// <summary>Seconds of each measured run, in order, for prose about noise.</summary>
    public IReadOnlyList<double> RunSeconds { get; init; } = [];

    /// <summary>Units of work per run (rows, cells) for the throughput column.</summary>
    public double? Units { get; init; }

    /// <summary>Managed bytes allocated per run.</summary>
    public long? AllocatedBytes { get; init; }

    /// <summary>Values of the table's own columns, already formatted.</summary>
    public IReadOnlyDictionary<string, string> Values { get; init; } = new Dictionary<string, string>();
}
