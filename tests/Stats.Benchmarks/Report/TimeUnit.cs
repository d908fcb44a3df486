using System.Globalization;

namespace Stats.Benchmarks.Report;

/// <summary>The unit a duration reads best in (ns, μs, ms, s), chosen from the mean so that a row's mean and deviation share it.</summary>
internal sealed record TimeUnit(string Symbol, double SecondsPerUnit)
{
    public static TimeUnit For(double seconds) => Math.Abs(seconds) switch
    {
        < 1e-6 => new("ns", 1e-9),
        < 1e-3 => new("μs", 1e-6),
        < 1 => new("ms", 1e-3),
        _ => new("s", 1),
    };

    /// <summary>Four significant digits for values below 1,000 units (1.448 s, 87.21 s, 856.9 ms), whole units above.</summary>
    public string Format(double seconds)
    {
        var value = seconds / SecondsPerUnit;
        var format = Math.Abs(value) switch
        {
            < 10 => "N3",
            < 100 => "N2",
            < 1000 => "N1",
            _ => "N0",
        };
        return value.ToString(format, CultureInfo.InvariantCulture) + " " + Symbol;
    }
}
