namespace Stats.Benchmarks;

/// <summary>
/// Whether this process measures at smoke-test scale (`report --quick`): smaller cached data sets and fewer runs. An
/// environment variable rather than a field, so that child processes (the memory probe) and BenchmarkDotNet's
/// benchmark classes, which the report does not construct, see the same scale.
/// </summary>
internal static class BenchmarkScale
{
    public const string Variable = "STATS_BENCH_QUICK";

    public static bool Quick => Environment.GetEnvironmentVariable(Variable) == "1";
}
