namespace Stats.Benchmarks.OData;

/// <summary>The 1-minute load average (Linux), printed with results: on a shared 2-core machine it says whether they can be trusted.</summary>
internal static class MachineLoad
{
    public static void Print(string when)
    {
        var text = Current() is { } load ? load.ToString("N2", System.Globalization.CultureInfo.InvariantCulture) : "unknown";
        Console.WriteLine($"// load average (1 min) {when}: {text} on {Environment.ProcessorCount} cores");
    }

    /// <summary>The 1-minute load average, or null where /proc/loadavg does not exist.</summary>
    public static double? Current() =>
        File.Exists("/proc/loadavg") ? double.Parse(File.ReadAllText("/proc/loadavg").Split(' ')[0], System.Globalization.CultureInfo.InvariantCulture) : null;
}
