namespace Stats.Hardening.Tests.Crash;

/// <summary>
/// One step of the crash workload: a real `stats` command run on the crashed data folder until <see cref="Done"/> holds.
/// Its attempts are killed first at <see cref="FaultPoints"/> (the dangerous moments, landed exactly by the product's
/// STATS_FAULT_KILL_AT hook; the last one also calibrates the random delays), then at random delays, and the attempt that
/// completes it is itself killed at <see cref="FinalFaultPoint"/> when set (a kill that lands just after the goal).
/// </summary>
/// <param name="Name">What the step does, for the output.</param>
/// <param name="Phase">intake or publish: what its random kills interrupt.</param>
/// <param name="Arguments">The command after `stats`, with the data folder in it.</param>
/// <param name="FaultPoints">STATS_FAULT_KILL_AT points its first attempts die at.</param>
/// <param name="FinalFaultPoint">The point the attempt that completes it dies at (after the goal), or null.</param>
/// <param name="Share">Its share of the random kills.</param>
/// <param name="Done">Whether the warehouse as inspected after an attempt shows the step's work done.</param>
/// <param name="Served">The fingerprints (see <see cref="ExpectedVintages"/>) the served vintage may have during the step: the previous one or the new one.</param>
internal sealed record CrashStep(
    string Name,
    string Phase,
    IReadOnlyList<string> Arguments,
    IReadOnlyList<string> FaultPoints,
    string? FinalFaultPoint,
    double Share,
    Func<CrashState, bool> Done,
    IReadOnlyList<string?> Served)
{
    /// <summary>Work done once before the first attempt (a delivery dropped into an inbox).</summary>
    public Action? Prepare { get; init; }

    /// <summary>
    /// Random kills only before the calibrating attempt's first line, where the step cannot be done yet: for the step that
    /// takes the kills left over by the others, which has no later step to pass them to.
    /// </summary>
    public bool KillsBeforeWork { get; init; }
}
