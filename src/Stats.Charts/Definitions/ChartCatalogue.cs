using Stats.Core.Indicators;

namespace Stats.Charts.Definitions;

/// <summary>The charts of dashboards/charts/*.json, each checked against the indicator catalogue when loaded.</summary>
public sealed class ChartCatalogue
{
    public const string Folder = "charts";

    private ChartCatalogue(IReadOnlyList<ChartDefinition> charts) => Charts = charts;

    /// <summary>Charts in file name order.</summary>
    public IReadOnlyList<ChartDefinition> Charts { get; }

    /// <summary>Reads and validates every definition; the first bad one stops the load with its file, field and reason.</summary>
    public static ChartCatalogue Load(string dashboardsFolder, IndicatorCatalogue indicators)
    {
        ArgumentNullException.ThrowIfNull(dashboardsFolder);
        ArgumentNullException.ThrowIfNull(indicators);
        var folder = Path.Combine(dashboardsFolder, Folder);
        if (!Directory.Exists(folder))
        {
            throw new ChartDefinitionException($"The chart folder is missing: {Path.GetFullPath(folder)}");
        }

        var charts = Directory.EnumerateFiles(folder, "*.json")
            .Order(StringComparer.Ordinal)
            .Select(f => ChartDefinitionParser.Parse(Path.GetFileName(f), File.ReadAllText(f), indicators))
            .ToList();
        return new ChartCatalogue(charts);
    }

    public ChartDefinition Get(string id) =>
        Charts.FirstOrDefault(c => string.Equals(c.Id, id, StringComparison.Ordinal))
        ?? throw new ChartDefinitionException($"Unknown chart '{id}'. Known charts: {string.Join(", ", Charts.Select(c => c.Id))}.");
}
