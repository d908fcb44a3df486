using Stats.Core.Indicators;
using Stats.Warehouse.Sql;

namespace Stats.Warehouse.Indicators;

/// <summary>Reads the catalogue from sql/indicators: dimensions.json and every &lt;ID&gt;.json beside it.</summary>
public static class IndicatorCatalogueFiles
{
    public const string Folder = "indicators";

    public static IndicatorCatalogue Load(SqlFiles sql)
    {
        ArgumentNullException.ThrowIfNull(sql);
        var folder = sql.PathOf(Folder);
        var registry = Path.Combine(folder, "dimensions.json");
        if (!File.Exists(registry))
        {
            throw new IndicatorCatalogueException($"The dimension registry is missing: {registry}");
        }

        var definitions = Directory.EnumerateFiles(folder, "*.json")
            .Where(f => !string.Equals(Path.GetFileName(f), "dimensions.json", StringComparison.Ordinal))
            .Order(StringComparer.Ordinal)
            .Select(f => (Path.GetFileName(f), File.ReadAllText(f)))
            .ToList();
        var catalogue = IndicatorCatalogue.Parse(File.ReadAllText(registry), definitions);
        foreach (var indicator in catalogue.Indicators.Where(i => i.Sql is not null))
        {
            if (!File.Exists(Path.Combine(folder, indicator.Sql!)))
            {
                throw new IndicatorCatalogueException($"{indicator.Id}.json: sql file '{indicator.Sql}' does not exist in {folder}.");
            }
        }

        return catalogue;
    }
}
