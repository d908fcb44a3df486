using System.Globalization;
using System.Reflection;
using System.Runtime.InteropServices;
using BenchmarkDotNet.Running;
using DuckDB.NET.Data;

namespace Stats.Benchmarks.Report;

/// <summary>The machine and software a run measured on, gathered at run time (Linux /proc where available).</summary>
internal sealed record MachineInfo
{
    public required string Cpu { get; init; }
    public required int LogicalCores { get; init; }
    public int? PhysicalCores { get; init; }
    public double? MemoryGiB { get; init; }
    public required string Os { get; init; }
    public required string Runtime { get; init; }
    public required string DuckDb { get; init; }
    public required string BenchmarkDotNet { get; init; }

    /// <summary>Build configuration of the benchmark assembly ("Release" expected).</summary>
    public required string Configuration { get; init; }

    /// <summary>One line for a section measured on another machine than the report's header describes.</summary>
    public string Summary => string.Create(CultureInfo.InvariantCulture,
        $"{Cpu}, {LogicalCores} cores, {(MemoryGiB is { } m ? $"{m:N0} GiB, " : "")}{Runtime}, DuckDB {DuckDb}, {Configuration}");

    public static MachineInfo Gather()
    {
        var cpuinfo = ReadLines("/proc/cpuinfo");
        var cpu = Field(cpuinfo, "model name") ?? RuntimeInformation.ProcessArchitecture.ToString();
        var physical = cpuinfo.Where(l => l.StartsWith("physical id", StringComparison.Ordinal) || l.StartsWith("core id", StringComparison.Ordinal)).Any()
            ? PhysicalCoreCount(cpuinfo)
            : (int?)null;
        var memKb = Field(ReadLines("/proc/meminfo"), "MemTotal")?.Split(' ', StringSplitOptions.RemoveEmptyEntries)[0];
        var os = Field(ReadLines("/etc/os-release"), "PRETTY_NAME", '=')?.Trim('"') ?? RuntimeInformation.OSDescription;
        return new MachineInfo
        {
            Cpu = cpu,
            LogicalCores = Environment.ProcessorCount,
            PhysicalCores = physical,
            MemoryGiB = memKb is null ? null : long.Parse(memKb, CultureInfo.InvariantCulture) / 1048576.0,
            Os = $"{os}, kernel {Kernel() ?? RuntimeInformation.OSDescription.Trim()}, {RuntimeInformation.OSArchitecture}",
            Runtime = RuntimeInformation.FrameworkDescription,
            DuckDb = DuckDbVersion(),
            BenchmarkDotNet = InformationalVersion(typeof(BenchmarkRunner).Assembly),
            Configuration = typeof(MachineInfo).Assembly.GetCustomAttribute<AssemblyConfigurationAttribute>()?.Configuration ?? "unknown",
        };
    }

    private static string? Kernel() => File.Exists("/proc/sys/kernel/osrelease") ? "Linux " + File.ReadAllText("/proc/sys/kernel/osrelease").Trim() : null;

    private static string DuckDbVersion()
    {
        using var connection = new DuckDBConnection("Data Source=:memory:");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT version()";
        return $"{command.ExecuteScalar()} (DuckDB.NET.Data {InformationalVersion(typeof(DuckDBConnection).Assembly)})";
    }

    private static string InformationalVersion(Assembly assembly)
    {
        var version = assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion ?? assembly.GetName().Version?.ToString() ?? "?";
        return version.Split('+')[0];
    }

    private static int PhysicalCoreCount(IReadOnlyList<string> cpuinfo)
    {
        // A core is a (physical id, core id) pair; processors list them in blocks.
        var cores = new HashSet<(string, string)>();
        string physical = "0";
        foreach (var line in cpuinfo)
        {
            if (line.StartsWith("physical id", StringComparison.Ordinal))
            {
                physical = line.Split(':')[1].Trim();
            }
            else if (line.StartsWith("core id", StringComparison.Ordinal))
            {
                cores.Add((physical, line.Split(':')[1].Trim()));
            }
        }

        return cores.Count;
    }

    private static string? Field(IEnumerable<string> lines, string name, char separator = ':') =>
        lines.Where(l => l.StartsWith(name, StringComparison.Ordinal) && l.Contains(separator, StringComparison.Ordinal))
            .Select(l => l[(l.IndexOf(separator, StringComparison.Ordinal) + 1)..].Trim())
            .FirstOrDefault();

    private static IReadOnlyList<string> ReadLines(string path) => File.Exists(path) ? File.ReadAllLines(path) : [];
}
