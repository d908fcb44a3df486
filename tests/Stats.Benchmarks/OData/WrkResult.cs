using System.Globalization;
using System.Text.RegularExpressions;

namespace Stats.Benchmarks.OData;

/// <summary>The figures of one `wrk --latency` run, read from its text output (latencies as wrk prints them).</summary>
internal sealed partial record WrkResult(double RequestsPerSecond, long Requests, string P50, string P90, string P99, long Non2xx, string SocketErrors)
{
    public static WrkResult Parse(string output) => new(
        double.Parse(Match(RequestsPerSecondPattern(), output) ?? throw new FormatException("wrk printed no Requests/sec:\n" + output), CultureInfo.InvariantCulture),
        long.Parse(Match(RequestsPattern(), output) ?? "0", CultureInfo.InvariantCulture),
        Match(P50Pattern(), output) ?? "?",
        Match(P90Pattern(), output) ?? "?",
        Match(P99Pattern(), output) ?? "?",
        long.Parse(Match(Non2xxPattern(), output) ?? "0", CultureInfo.InvariantCulture),
        Match(SocketErrorsPattern(), output) ?? "none");

    private static string? Match(Regex pattern, string text) => pattern.Match(text) is { Success: true } m ? m.Groups[1].Value.Trim() : null;

    [GeneratedRegex(@"Requests/sec:\s+([\d.]+)")]
    private static partial Regex RequestsPerSecondPattern();

    [GeneratedRegex(@"^\s*(\d+) requests in", RegexOptions.Multiline)]
    private static partial Regex RequestsPattern();

    [GeneratedRegex(@"^\s*50%\s+(\S+)", RegexOptions.Multiline)]
    private static partial Regex P50Pattern();

    [GeneratedRegex(@"^\s*90%\s+(\S+)", RegexOptions.Multiline)]
    private static partial Regex P90Pattern();

    [GeneratedRegex(@"^\s*99%\s+(\S+)", RegexOptions.Multiline)]
    private static partial Regex P99Pattern();

    [GeneratedRegex(@"Non-2xx or 3xx responses:\s+(\d+)")]
    private static partial Regex Non2xxPattern();

    [GeneratedRegex(@"Socket errors:\s+(.+)")]
    private static partial Regex SocketErrorsPattern();
}
