using System.Globalization;
using Xunit.Abstractions;

namespace Stats.Hardening.Tests.Crash;

/// <summary>
/// Drives the workload on the crashed data folder, step by step: the step's fault points first (the last one's time to its
/// point calibrates the random delays), then its share of random kills (a delay drawn uniformly in the step's work, or one
/// time in five in the process's start-up: see <see cref="DrawDelay"/>),
/// then attempts until the step is done, the first of them killed at the step's final fault point. Random kills a step could
/// not take (it finished early) pass to the next one. After every attempt the inspector restarts and checks.
/// </summary>
internal sealed class CrashRunner(CrashInspector inspector, CrashTally tally, IReadOnlyDictionary<string, string> environment, Random random, ITestOutputHelper output)
{
    private const int FinishingAttempts = 3;
    private int _attempt;

    public CrashState State { get; private set; } = CrashState.Empty;

    /// <summary>Runs one step with its random kills plus <paramref name="carried"/> left by earlier steps; returns those it could not take.</summary>
    public async Task<int> RunAsync(CrashStep step, int randomKills, int carried)
    {
        step.Prepare?.Invoke();
        output.WriteLine($"step '{step.Name}' ({step.Phase}): {step.FaultPoints.Count} fault point(s), {randomKills} random kill(s) + {carried} carried");
        var calibration = TimeSpan.Zero;
        var startup = TimeSpan.Zero;
        foreach (var point in step.FaultPoints)
        {
            step.Done(State).Should().BeFalse($"fault point {point} must find '{step.Name}' still to do");
            var result = await AttemptAsync(step, point, null);
            result.Killed.Should().BeTrue($"'{step.Name}' must reach fault point {point} and die there; it printed:\n{result.Output}");
            calibration = result.Elapsed;
            startup = result.FirstLine is { } first && first < result.Elapsed ? first : TimeSpan.Zero;
        }

        output.WriteLine($"  calibrated: {Seconds(calibration)} to the last fault point, first line after {Seconds(startup)}");
        var quota = randomKills + carried;
        while (quota > 0 && !step.Done(State))
        {
            var delay = DrawDelay(startup, calibration, step.KillsBeforeWork);
            var result = await AttemptAsync(step, null, delay);
            quota -= result.Killed ? 1 : 0;
        }

        if (step.FinalFaultPoint is { } unused && step.Done(State))
        {
            // A random kill landed after the goal (the attempt was faster than the calibrating one): that kill took the
            // final point's place, a kill just after the work was done.
            tally.FinalPointsTakenByRandomKills.Add(unused);
            output.WriteLine($"  final fault point {unused} not needed: a random kill already landed after the goal");
        }

        for (var i = 0; !step.Done(State); i++)
        {
            i.Should().BeLessThan(FinishingAttempts, $"'{step.Name}' must complete when rerun after its kills; state: {Describe(State)}");
            var point = i == 0 ? step.FinalFaultPoint : null;
            var result = await AttemptAsync(step, point, null);
            result.ExitCode.Should().Be(point is null ? 0 : CrashAttempt.SigKillExitCode, $"'{step.Name}' printed:\n{result.Output}");
        }

        return quota;
    }

    /// <summary>Runs a step's command once to its end (no kill), with the same checks after it.</summary>
    public Task<CrashAttempt.Result> RunToEndAsync(CrashStep step) => AttemptAsync(step, null, null);

    private async Task<CrashAttempt.Result> AttemptAsync(CrashStep step, string? faultPoint, TimeSpan? killAfter)
    {
        var number = ++_attempt;
        var afterKill = tally.ProcessStarts > 0 && State != CrashState.Empty;
        var result = await CrashAttempt.RunAsync(step, environment, faultPoint, killAfter);
        tally.ProcessStarts++;
        tally.ProcessRestarts += afterKill ? 1 : 0;
        result.ExitCode.Should().BeOneOf([0, CrashAttempt.SigKillExitCode], $"attempt #{number} of '{step.Name}' may finish or be killed, never fail; it printed:\n{result.Output}");

        var how = (faultPoint, killAfter, result.Killed) switch
        {
            ({ } p, _, true) => $"fault point {p}: killed itself after {Seconds(result.Elapsed)}",
            ({ } p, _, false) => $"fault point {p}: not reached, finished in {Seconds(result.Elapsed)}",
            (_, { } d, true) => $"random delay {Seconds(d)}: killed",
            (_, { } d, false) => $"random delay {Seconds(d)}: finished first, in {Seconds(result.Elapsed)}",
            _ => $"finished in {Seconds(result.Elapsed)}",
        };
        var context = $"seed-run attempt #{number} ('{step.Name}', {how})";
        var inspection = System.Diagnostics.Stopwatch.StartNew();
        var (state, point) = await inspector.InspectAsync(step, State, result.Started, result.Killed ? result.LastLine : "", context);
        tally.Inspecting += inspection.Elapsed;
        if (result.Killed)
        {
            if (faultPoint is null)
            {
                tally.RandomKills++;
                tally.Killed(step.Phase, point);
            }
            else
            {
                tally.FaultKills++;
                tally.Killed(step.Phase, "fault " + faultPoint);
            }
        }
        else if (killAfter is not null)
        {
            tally.CompletedBeforeKill++;
        }

        tally.ServedPrevious += state.ServedVintageId == State.ServedVintageId ? 1 : 0;
        tally.ServedNew += state.ServedVintageId != State.ServedVintageId ? 1 : 0;
        output.WriteLine($"  #{number,-3} {how} → {point}; serving {VintageChecks.Describe(state.ServedVintageId)}");
        State = state;
        return result;
    }

    private static string Describe(CrashState s) =>
        $"committed [{string.Join(", ", s.CommittedFiles.Order(StringComparer.Ordinal))}], serving {VintageChecks.Describe(s.ServedVintageId)} ({s.ServedFingerprint ?? "nothing"}), {s.InboxFiles} file(s) in the inbox";

    /// <summary>
    /// A kill's delay. Drawn uniformly from the whole run, most kills would land in the process's start-up (runtime,
    /// configuration, migrations: an intake step printed its first line after about 1.5 s of 2.3 s here) and few in the
    /// intake or publish work the test is about. So four kills in five fall uniformly between the first line the
    /// calibrating attempt printed and 90 % of its time, and one in five in the start-up, where a kill once left the
    /// catalog's migration lock behind. A step that printed nothing before 90 % of its time (`stats run` reports at its
    /// end) is drawn uniformly over the whole. The last 10 % is the fault points' to take exactly: a random kill should
    /// interrupt the step, not find it done.
    /// </summary>
    private TimeSpan DrawDelay(TimeSpan startup, TimeSpan calibration, bool beforeWork)
    {
        var end = 0.9 * calibration.TotalSeconds;
        var workStart = startup.TotalSeconds < end ? startup.TotalSeconds : 0;
        if (beforeWork)
        {
            // Three quarters of the start-up (half the run when it printed nothing): the attempt is sure to be still running.
            return TimeSpan.FromSeconds(random.NextDouble() * 0.75 * (workStart > 0 ? workStart : end / 2));
        }

        return random.NextDouble() < 0.2
            ? TimeSpan.FromSeconds(random.NextDouble() * workStart)
            : TimeSpan.FromSeconds(workStart + (random.NextDouble() * (end - workStart)));
    }

    private static string Seconds(TimeSpan t) => t.TotalSeconds.ToString("0.000 's'", CultureInfo.InvariantCulture);
}
