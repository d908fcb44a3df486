namespace Stats.Charts.Tests.Support;

/// <summary>The chart ids of dashboards/charts, as test data.</summary>
public static class ChartFiles
{
    public static IEnumerable<object[]> Ids() =>
        Directory.EnumerateFiles(Path.Combine(DemoVintage.DashboardsFolder, "charts"), "*.json")
            .Select(f => new object[] { Path.GetFileNameWithoutExtension(f) })
            .Order(Comparer<object[]>.Create((a, b) => string.CompareOrdinal((string)a[0], (string)b[0])));
}
