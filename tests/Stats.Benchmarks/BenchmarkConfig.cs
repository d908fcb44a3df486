using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Exporters.Json;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Toolchains.InProcess.Emit;

namespace Stats.Benchmarks;

/// <summary>
/// The BenchmarkDotNet configuration of every benchmark class, by hand (`--filter`) and in the report. Loads take seconds
/// each: a few iterations give a stable mean; in-process avoids rebuilding the solution. The in-process default gives up
/// on a case after 5 minutes; an indicator-build case took ~15. Classes set their own counts where they need others.
/// The full JSON export is what the report reads.
/// </summary>
internal static class BenchmarkConfig
{
    public static IConfig Create(string? artifactsPath = null)
    {
        var config = DefaultConfig.Instance
            .AddJob(Job.Default.WithToolchain(new InProcessEmitToolchain(TimeSpan.FromHours(1), logOutput: true))
                .WithWarmupCount(1).WithIterationCount(5).WithLaunchCount(1).WithUnrollFactor(1).WithInvocationCount(1))
            .AddColumn(new RowsPerSecondColumn())
            .AddExporter(JsonExporter.Full);
        return artifactsPath is null ? config : config.WithArtifactsPath(artifactsPath);
    }
}
