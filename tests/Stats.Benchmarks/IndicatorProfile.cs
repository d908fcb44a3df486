using System.Globalization;
using Stats.Benchmarks.Report;

namespace Stats.Benchmarks;

/// <summary>One indicator build broken down per indicator (<see cref="IndicatorBuildProfile"/>), with the build's totals.</summary>
internal sealed record IndicatorProfile(IReadOnlyList<IndicatorProfileRow> Indicators, double BuildSeconds, double LeadSeconds, double FlagsSeconds)
{
    public double UnitSeconds => Indicators.Sum(i => i.UnitSeconds ?? 0);
    public double CubeSeconds => Indicators.Sum(i => i.CubeSeconds);
    public double ProtectionSeconds => Indicators.Sum(i => i.ProtectionSeconds ?? 0);
    public double BareSeconds => Indicators.Sum(i => i.BareSeconds ?? 0);
    public long Cells => Indicators.Sum(i => i.Cells);
    public long Primary => Indicators.Sum(i => i.Primary);
    public long Secondary => Indicators.Sum(i => i.Secondary);
    public long UnitRows => Indicators.Sum(i => i.UnitRows ?? 0);

    public PlainTable Table(string name = "profile") => new()
    {
        Name = name,
        Columns = ["Indicator", "Measure", "Unit rows", "Cells", "Primary (C)", "Secondary (D)", "Unit query (s)", "Cube (s)", "of which protection (s)", "Bare GROUPING SETS (s)"],
        Align = "llrrrrrrrr",
        Rows = Indicators.Select(i => (IReadOnlyList<string>)[
                i.Id, i.Measure, Count(i.UnitRows), Count(i.Cells), Count(i.Primary), Count(i.Secondary),
                Seconds(i.UnitSeconds), Seconds(i.CubeSeconds), Seconds(i.ProtectionSeconds), Seconds(i.BareSeconds)])
            .Append(["**all**", "", Count(UnitRows), Count(Cells), Count(Primary), Count(Secondary),
                Seconds(UnitSeconds), Seconds(CubeSeconds), Seconds(ProtectionSeconds), Seconds(BareSeconds)])
            .ToList(),
    };

    public string TotalLine() => string.Create(CultureInfo.InvariantCulture,
        $"Build total {BuildSeconds:N2} s = set-up {LeadSeconds:N2} s + unit queries and periods {UnitSeconds:N2} s + cubes {CubeSeconds:N2} s + flags, catalogue tables and commit {FlagsSeconds:N2} s (rest: bookkeeping).");

    private static string Seconds(double? value) => value is { } v ? v.ToString("N2", CultureInfo.InvariantCulture) : "-";

    private static string Count(long? value) => value is { } v ? v.ToString("N0", CultureInfo.InvariantCulture) : "-";
}
