using Stats.Benchmarks.Report;

namespace Stats.Benchmarks.OData;

/// <summary>The ways the aggregate was answered and timed, and those skipped (with the answer that made them skip).</summary>
internal sealed record ODataAggregateMeasurement(IReadOnlyList<ODataAggregateCase> Cases, IReadOnlyList<string> Skipped)
{
    /// <summary>Method | Mean | StdDev | Ratio | First request | Median | Min.</summary>
    public TimingTable Table(string name) => new()
    {
        Name = name,
        Columns = ["First request", "Median", "Min"],
        Cases = Cases.Select(c => SampleStatistics.Case(c.Method, c.Timing.Seconds, c.Reference, new Dictionary<string, string>
        {
            ["First request"] = c.FirstSeconds is { } f ? TimeUnit.For(f).Format(f) : "-",
            ["Median"] = TimeUnit.For(c.Timing.Median).Format(c.Timing.Median),
            ["Min"] = TimeUnit.For(c.Timing.Min).Format(c.Timing.Min),
        })).ToList(),
    };
}
