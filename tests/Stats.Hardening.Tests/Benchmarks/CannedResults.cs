using Stats.Benchmarks.Report;

namespace Stats.Hardening.Tests.Benchmarks;

/// <summary>Section results as a report run stores them, written by hand so that every rendered figure is known.</summary>
internal static class CannedResults
{
    public static readonly DateTimeOffset Measured = new(2026, 11, 23, 21, 5, 0, TimeSpan.Zero);

    public static MachineInfo Machine(string cpu = "AMD EPYC 7B13 64-Core Processor") => new()
    {
        Cpu = cpu,
        LogicalCores = 2,
        PhysicalCores = 2,
        MemoryGiB = 23.5,
        Os = "Debian GNU/Linux 13 (trixie) (Linux 6.1.0, X64)",
        Runtime = ".NET 10.0.0",
        DuckDb = "v1.5.6 (DuckDB.NET.Data 1.5.6.1)",
        BenchmarkDotNet = "0.15.8",
        Configuration = "Release",
    };

    /// <summary>Intake against read_csv: 1.5 s reference, 2.4 s intake, 1,000,000 rows (ratio 1.60, 666,667 and 416,667 rows/s).</summary>
    public static TimingTable Intake() => new()
    {
        Name = "intake",
        GroupHeader = "Rows",
        ThroughputHeader = "Rows/s",
        Allocation = true,
        Cases =
        [
            new TimedCase { Method = "DuckDB read_csv → staging (reference)", Group = "1,000,000", Reference = true, MeanSeconds = 1.5, StdDevSeconds = 0.092, Runs = 5, Units = 1_000_000, AllocatedBytes = 17 * 1024 },
            new TimedCase { Method = "Intake (contract checks, quarantine, staging)", Group = "1,000,000", MeanSeconds = 2.4, StdDevSeconds = 0.018, Runs = 5, Units = 1_000_000, AllocatedBytes = 2_350_080 },
        ],
    };

    public static SectionResult Section(string id, MachineInfo? machine = null, bool quick = false) => new()
    {
        Section = id,
        Measured = Measured,
        Quick = quick,
        ElapsedSeconds = 150,
        Commit = "abc1234",
        Machine = machine ?? Machine(),
        Notes = ["While it ran, other processes used 12 % of the 2 cores and the benchmark 80 % (load average 1.20 before, 1.90 after)"],
        Timings = [Intake()],
        Tables =
        [
            new PlainTable { Name = "memory", Columns = ["Rows", "Peak RSS (MB)"], Align = "rr", Rows = [["250,000", "380"], ["1,000,000", "658"]] },
        ],
        Figures = new Dictionary<string, string> { ["intake_percent"] = "63" },
    };

    public const string Template = "Intro.\n\n{{table:intake}}\n\nIntake runs at {{intake_percent}} % of DuckDB's speed.\n\n{{table:memory}}\n";

    public const string Header = "# Benchmark results\n\nGenerated {{generated}}.\n\n{{machine}}\n\n{{sections}}\n";
}
