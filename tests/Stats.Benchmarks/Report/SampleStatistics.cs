namespace Stats.Benchmarks.Report;

/// <summary>Mean and sample standard deviation of runs timed outside BenchmarkDotNet, as a report case.</summary>
internal static class SampleStatistics
{
    public static TimedCase Case(string method, IReadOnlyList<double> seconds, bool reference, IReadOnlyDictionary<string, string>? values = null,
        string? group = null, double? units = null)
    {
        var mean = seconds.Count == 0 ? 0 : seconds.Average();
        var deviation = seconds.Count < 2 ? 0 : Math.Sqrt(seconds.Sum(s => (s - mean) * (s - mean)) / (seconds.Count - 1));
        return new TimedCase
        {
            Method = method,
            Group = group,
            Reference = reference,
            MeanSeconds = mean,
            StdDevSeconds = deviation,
            Runs = seconds.Count,
            RunSeconds = seconds,
            Units = units,
            Values = values ?? new Dictionary<string, string>(),
        };
    }
}
