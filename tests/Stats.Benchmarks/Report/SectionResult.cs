namespace Stats.Benchmarks.Report;

/// <summary>
/// The last results of one report section, as stored next to RESULTS.md (RESULTS.&lt;section&gt;.json) so that the file can
/// be regenerated from them without measuring again: timing tables (ratios are computed when rendering), plain tables,
/// and figures the section's prose quotes, each already formatted.
/// </summary>
internal sealed record SectionResult
{
    public required string Section { get; init; }
    public required DateTimeOffset Measured { get; init; }

    /// <summary>A smoke run (`report --quick`): few iterations and smaller data, not for comparison.</summary>
    public bool Quick { get; init; }

    /// <summary>Wall time of the section, set-up included.</summary>
    public double ElapsedSeconds { get; init; }

    public string? Commit { get; init; }
    public required MachineInfo Machine { get; init; }

    /// <summary>Facts about the run the reader needs to trust it (load average before and after, caches used).</summary>
    public IReadOnlyList<string> Notes { get; init; } = [];

    public IReadOnlyList<TimingTable> Timings { get; init; } = [];
    public IReadOnlyList<PlainTable> Tables { get; init; } = [];
    public IReadOnlyDictionary<string, string> Figures { get; init; } = new Dictionary<string, string>();
}
