using System.Globalization;

namespace Stats.Hardening.Tests;

/// <summary>
/// How many runs, files, queries or requests a hardening test makes: the CI figure (the minimum, sized to fit
/// the CI time limit) times STATS_HARDENING_SCALE (default 1; e.g. 10 for a long local run).
/// </summary>
internal static class HardeningScale
{
    public const string Variable = "STATS_HARDENING_SCALE";

    public static double Factor =>
        double.TryParse(Environment.GetEnvironmentVariable(Variable), NumberStyles.Float, CultureInfo.InvariantCulture, out var f) && f >= 1 ? f : 1;

    public static int Times(int ciCount) => (int)Math.Ceiling(ciCount * Factor);
}
