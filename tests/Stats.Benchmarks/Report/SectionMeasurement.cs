namespace Stats.Benchmarks.Report;

/// <summary>What a section measured: its tables, the figures its prose quotes (formatted), and notes about the run.</summary>
internal sealed record SectionMeasurement
{
    public IReadOnlyList<TimingTable> Timings { get; init; } = [];
    public IReadOnlyList<PlainTable> Tables { get; init; } = [];
    public IReadOnlyDictionary<string, string> Figures { get; init; } = new Dictionary<string, string>();
    public IReadOnlyList<string> Notes { get; init; } = [];
}
