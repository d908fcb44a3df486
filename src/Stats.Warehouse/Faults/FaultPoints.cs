using System.Diagnostics;

namespace Stats.Warehouse.Faults;

/// <summary>
/// A test hook for crash-safety tests, inert unless STATS_FAULT_KILL_AT is set: the process kills itself (SIGKILL, no
/// finally blocks, no flush) the first time it reaches the named point, so a test can land a kill exactly on a moment
/// that timing alone hits only by luck (between writing a vintage and switching current.json, just before a load
/// batch commits). Read once at start-up; never set it in a production configuration.
/// </summary>
public static class FaultPoints
{
    public const string Variable = "STATS_FAULT_KILL_AT";

    private static readonly string? KillAt = Environment.GetEnvironmentVariable(Variable) is { Length: > 0 } point ? point : null;

    /// <summary>Marks a named point of a write path (e.g. "publish:switched"); kills this process if the variable names it.</summary>
    public static void Reached(string point)
    {
        if (KillAt is not null && string.Equals(KillAt, point, StringComparison.Ordinal))
        {
            using var self = Process.GetCurrentProcess();
            self.Kill();
            // SIGKILL to oneself is delivered before the next instruction runs; never go on past a point that was asked for.
            Thread.Sleep(Timeout.Infinite);
        }
    }
}
