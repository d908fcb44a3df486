using System.Globalization;

namespace Stats.Benchmarks.Report;

/// <summary>One case of a BenchmarkDotNet full JSON report, in seconds per operation.</summary>
internal sealed record BenchmarkDotNetCase(
    string Method,
    string Title,
    IReadOnlyList<KeyValuePair<string, string>> Parameters,
    bool Baseline,
    double MeanSeconds,
    double StdDevSeconds,
    IReadOnlyList<double> IterationSeconds,
    long? AllocatedBytes)
{
    /// <summary>
    /// The report's timing table of a class's cases: one group per parameter combination (its values, numbers with
    /// thousands separators), the throughput from the parameter named <paramref name="unitsParameter"/> if given.
    /// </summary>
    public static TimingTable Table(string name, IReadOnlyList<BenchmarkDotNetCase> cases, string? unitsParameter = null, string? throughputHeader = null)
    {
        var parameters = cases.SelectMany(c => c.Parameters.Select(p => p.Key)).Distinct().ToList();
        return new TimingTable
        {
            Name = name,
            GroupHeader = parameters.Count == 0 ? null : string.Join(", ", parameters),
            ThroughputHeader = unitsParameter is null ? null : throughputHeader,
            Allocation = cases.Any(c => c.AllocatedBytes is not null),
            Cases = cases.Select(c => new TimedCase
            {
                Method = c.Title,
                Group = parameters.Count == 0 ? null : string.Join(", ", c.Parameters.Select(p => Readable(p.Value))),
                Reference = c.Baseline,
                MeanSeconds = c.MeanSeconds,
                StdDevSeconds = c.StdDevSeconds,
                Runs = c.IterationSeconds.Count,
                RunSeconds = c.IterationSeconds,
                Units = unitsParameter is not null && c.Parameters.FirstOrDefault(p => p.Key == unitsParameter).Value is { } v
                    && double.TryParse(v, NumberStyles.Float, CultureInfo.InvariantCulture, out var units) ? units : null,
                AllocatedBytes = c.AllocatedBytes,
            }).ToList(),
        };
    }

    private static string Readable(string value) =>
        long.TryParse(value, NumberStyles.Integer, CultureInfo.InvariantCulture, out var n) ? n.ToString("N0", CultureInfo.InvariantCulture) : value;
}
