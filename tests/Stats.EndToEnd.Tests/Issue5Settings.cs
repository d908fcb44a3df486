namespace Stats.EndToEnd.Tests;

/// <summary>STATS_ environment variables that make a serve's scheduler react within seconds instead of minutes.</summary>
internal static class Issue5Settings
{
    public static Dictionary<string, string> Fast() => new(StringComparer.Ordinal)
    {
        ["STATS_Scheduler__PublishDelay"] = "00:00:02",
        ["STATS_Scheduler__IdleWait"] = "00:00:01",
        ["STATS_Intake__ScanInterval"] = "00:00:01",
        ["STATS_Intake__StableFor"] = "00:00:01",
    };
}
