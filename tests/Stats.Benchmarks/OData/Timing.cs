using System.Diagnostics;

namespace Stats.Benchmarks.OData;

/// <summary>Wall-clock times of repeated runs of one case, after warm-up runs that are not kept.</summary>
internal sealed record Timing(IReadOnlyList<double> Seconds)
{
    public double Mean => Seconds.Average();
    public double Median => Seconds.Order().ElementAt(Seconds.Count / 2) / 2 + Seconds.Order().ElementAt((Seconds.Count - 1) / 2) / 2;
    public double Min => Seconds.Min();
    public double StdDev => Math.Sqrt(Seconds.Sum(s => (s - Mean) * (s - Mean)) / Math.Max(1, Seconds.Count - 1));

    public static async Task<Timing> MeasureAsync(Func<Task> run, int warmups, int iterations)
    {
        for (var i = 0; i < warmups; i++)
        {
            await run();
        }

        var seconds = new List<double>(iterations);
        for (var i = 0; i < iterations; i++)
        {
            var watch = Stopwatch.StartNew();
            await run();
            seconds.Add(watch.Elapsed.TotalSeconds);
        }

        return new Timing(seconds);
    }
}
