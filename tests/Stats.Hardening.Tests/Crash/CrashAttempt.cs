using System.Diagnostics;
using Stats.EndToEnd.Tests;
using Stats.Warehouse.Faults;

namespace Stats.Hardening.Tests.Crash;

/// <summary>
/// One run of a step's command as a real `stats` process: killed by the test (SIGKILL with its tree) after a delay, killed by
/// itself at a fault point, or left to finish.
/// </summary>
internal static class CrashAttempt
{
    public const int SigKillExitCode = 128 + 9;
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(180);

    /// <summary>What an attempt did; <c>FirstLine</c> is when it printed its first line, its start-up (runtime, configuration, migrations) over.</summary>
    public sealed record Result(DateTimeOffset Started, TimeSpan Elapsed, int ExitCode, string Output, TimeSpan? FirstLine)
    {
        public bool Killed => ExitCode == SigKillExitCode;

        /// <summary>The last line the process printed (publish reports its progress: "model …", "cube V04", "snapshot …").</summary>
        public string LastLine => Output.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).LastOrDefault() ?? "";
    }

    public static async Task<Result> RunAsync(CrashStep step, IReadOnlyDictionary<string, string> environment, string? faultPoint, TimeSpan? killAfter)
    {
        var variables = new Dictionary<string, string>(environment, StringComparer.Ordinal);
        if (faultPoint is not null)
        {
            variables[FaultPoints.Variable] = faultPoint;
        }

        var started = DateTimeOffset.UtcNow;
        var clock = Stopwatch.StartNew();
        await using var process = Issue5StatsProcess.Start(variables, [.. step.Arguments]);
        int code;
        if (killAfter is { } delay)
        {
            try
            {
                code = await process.WaitForExitAsync(delay);
            }
            catch (TimeoutException)
            {
                await process.KillAsync();
                code = await process.WaitForExitAsync(Patience);
            }
        }
        else
        {
            code = await process.WaitForExitAsync(Patience);
        }

        return new Result(started, clock.Elapsed, code, process.Output, process.FirstLineAfter);
    }
}
