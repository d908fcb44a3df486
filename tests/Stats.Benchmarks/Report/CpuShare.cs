using System.Globalization;

namespace Stats.Benchmarks.Report;

/// <summary>
/// How busy the machine was with other work while a section ran: the CPU time of all processes (/proc/stat) minus that of
/// this process and the children it waited for (/proc/self/stat), over the section's wall time × cores. The 2 cores of
/// this machine are shared, and a ratio measured under contention moves.
/// </summary>
internal sealed class CpuShare
{
    private readonly double? _machine = MachineSeconds();
    private readonly double? _own = OwnSeconds();
    private readonly double? _load = OData.MachineLoad.Current();
    private readonly System.Diagnostics.Stopwatch _watch = System.Diagnostics.Stopwatch.StartNew();

    /// <summary>"Other processes used 35 % of the 2 cores (load average 1.9 before, 2.3 after)".</summary>
    public string Note()
    {
        var machine = MachineSeconds() - _machine;
        var own = OwnSeconds() - _own;
        var load = OData.MachineLoad.Current();
        var loads = _load is { } before && load is { } after
            ? string.Create(CultureInfo.InvariantCulture, $"load average {before:N2} before, {after:N2} after")
            : "load average unknown";
        if (machine is not { } m || own is not { } o)
        {
            return $"Contention not measured ({loads})";
        }

        var others = Math.Max(0, (m - o) / (_watch.Elapsed.TotalSeconds * Environment.ProcessorCount) * 100);
        var mine = o / (_watch.Elapsed.TotalSeconds * Environment.ProcessorCount) * 100;
        return string.Create(CultureInfo.InvariantCulture,
            $"While it ran, other processes used {others:N0} % of the {Environment.ProcessorCount} cores and the benchmark {mine:N0} % ({loads})");
    }

    /// <summary>Busy seconds of all CPUs since boot (user, nice, system, irq, softirq, steal).</summary>
    private static double? MachineSeconds()
    {
        if (!File.Exists("/proc/stat"))
        {
            return null;
        }

        var fields = File.ReadLines("/proc/stat").First().Split(' ', StringSplitOptions.RemoveEmptyEntries).Skip(1)
            .Select(f => long.Parse(f, CultureInfo.InvariantCulture)).ToArray();
        var busy = fields[0] + fields[1] + fields[2] + fields[5] + fields[6] + (fields.Length > 7 ? fields[7] : 0);
        return busy / 100.0;
    }

    /// <summary>CPU seconds of this process and its waited-for children (utime, stime, cutime, cstime).</summary>
    private static double? OwnSeconds()
    {
        if (!File.Exists("/proc/self/stat"))
        {
            return null;
        }

        var text = File.ReadAllText("/proc/self/stat");
        var fields = text[(text.LastIndexOf(')') + 2)..].Split(' ');
        // After the command name: state is field 3, utime 14, stime 15, cutime 16, cstime 17 (1-based in proc(5)).
        return Enumerable.Range(11, 4).Sum(i => long.Parse(fields[i], CultureInfo.InvariantCulture)) / 100.0;
    }
}
