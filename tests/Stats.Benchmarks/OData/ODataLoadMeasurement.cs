using System.Globalization;
using Stats.Benchmarks.Report;

namespace Stats.Benchmarks.OData;

/// <summary>One `odata-load` run: the request, its answer, wrk's figures per concurrency level, the in-process breakdown and the load average.</summary>
internal sealed record ODataLoadMeasurement(
    string Path,
    int Rows,
    int Bytes,
    int DurationSeconds,
    IReadOnlyList<(int Connections, WrkResult Result)> Levels,
    ServedRequestTimes? Times,
    double? LoadBefore,
    double? LoadAfter)
{
    public PlainTable Table(string name = "load") => new()
    {
        Name = name,
        Columns = ["Connections", "Requests", "Requests/s", "p50", "p90", "p99", "Non-2xx", "Socket errors"],
        Align = "rrrrrrrl",
        Rows = Levels.Select(l => (IReadOnlyList<string>)[
            l.Connections.ToString(CultureInfo.InvariantCulture),
            l.Result.Requests.ToString("N0", CultureInfo.InvariantCulture),
            l.Result.RequestsPerSecond.ToString("N0", CultureInfo.InvariantCulture),
            l.Result.P50, l.Result.P90, l.Result.P99,
            l.Result.Non2xx.ToString(CultureInfo.InvariantCulture),
            l.Result.SocketErrors]).ToList(),
    };
}
