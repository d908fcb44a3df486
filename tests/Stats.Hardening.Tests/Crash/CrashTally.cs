namespace Stats.Hardening.Tests.Crash;

/// <summary>The figures the crash test counts itself and prints: kills by phase and point, restarts, checks.</summary>
internal sealed class CrashTally
{
    private readonly SortedDictionary<string, int> _byPoint = new(StringComparer.Ordinal);

    public int RandomKills { get; set; }
    public int FaultKills { get; set; }
    public int ProcessStarts { get; set; }
    public int CompletedBeforeKill { get; set; }
    public int InProcessRestarts { get; set; }
    public int ProcessRestarts { get; set; }
    public long Checks { get; private set; }
    public int DeliveriesSettled { get; set; }
    public int RunsLeftRunning { get; set; }
    public int OrphanTempsSeen { get; set; }
    public int ListedNeverServed { get; set; }
    public int ServedPrevious { get; set; }
    public int ServedNew { get; set; }
    public long CellValuesCompared { get; set; }
    public List<string> FinalPointsTakenByRandomKills { get; } = [];
    public TimeSpan Inspecting { get; set; }
    public int Kills => RandomKills + FaultKills;

    public IReadOnlyDictionary<string, int> ByPoint => _byPoint;

    public void Killed(string phase, string point) => _byPoint[$"{phase} / {point}"] = _byPoint.GetValueOrDefault($"{phase} / {point}") + 1;

    /// <summary>Counts one assertion made (a table compared, a batch checked, a vintage opened).</summary>
    public void Check(long count = 1) => Checks += count;
}
