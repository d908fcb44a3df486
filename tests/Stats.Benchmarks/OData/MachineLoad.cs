namespace Stats.Benchmarks.OData;

/// <summary>The 1-minute load average (Linux), printed with results: on a shared 2-core machine it says whether they can be trusted.</summary>
internal static class MachineLoad
{
    public static void Print(string when)
    {
        var text = File.Exists("/proc/loadavg") ? File.ReadAllText("/proc/loadavg").Split(' ')[0] : "unknown";
        Console.WriteLine($"// load average (1 min) {when}: {text} on {Environment.ProcessorCount} cores");
    }
}
