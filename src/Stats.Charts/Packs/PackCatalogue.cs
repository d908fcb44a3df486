using System.Text.Json;
using Stats.Charts.Definitions;
using Stats.Core.Indicators;

namespace Stats.Charts.Packs;

/// <summary>
/// The packs in <c>dashboards/packs/*.json</c>, each checked against the charts and the indicator catalogue when loaded, so
/// that a pack naming an unknown indicator or chart fails before anything is rendered or sent, with the file and field.
/// </summary>
public sealed class PackCatalogue
{
    public const string Folder = "packs";

    private PackCatalogue(IReadOnlyList<PackDefinition> packs) => Packs = packs;

    public IReadOnlyList<PackDefinition> Packs { get; }

    public PackDefinition Get(string id) =>
        Packs.FirstOrDefault(p => string.Equals(p.Id, id, StringComparison.Ordinal))
        ?? throw new PackException($"No pack '{id}'. Packs in dashboards/{Folder}: {string.Join(", ", Packs.Select(p => p.Id))}.");

    public static PackCatalogue Load(string dashboardsFolder, ChartCatalogue charts, IndicatorCatalogue indicators)
    {
        ArgumentNullException.ThrowIfNull(charts);
        ArgumentNullException.ThrowIfNull(indicators);
        var folder = Path.Combine(dashboardsFolder, Folder);
        if (!Directory.Exists(folder))
        {
            throw new PackException($"The pack folder is missing: {folder}");
        }

        var packs = Directory.EnumerateFiles(folder, "*.json").Order(StringComparer.Ordinal)
            .Select(f => Parse(f, charts, indicators)).ToList();
        var twice = packs.GroupBy(p => p.Id, StringComparer.Ordinal).FirstOrDefault(g => g.Count() > 1);
        if (twice is not null)
        {
            throw new PackException($"Pack id '{twice.Key}' is defined twice: {string.Join(", ", twice.Select(p => p.File))}.");
        }

        return new PackCatalogue(packs);
    }

    private static PackDefinition Parse(string path, ChartCatalogue charts, IndicatorCatalogue indicators)
    {
        var file = Path.GetFileName(path);
        JsonElement root;
        try
        {
            using var document = JsonDocument.Parse(File.ReadAllText(path));
            root = document.RootElement.Clone();
        }
        catch (JsonException e)
        {
            throw new PackException($"{file}: not valid JSON ({e.Message}).");
        }

        var id = Text(file, root, "id");
        var title = Text(file, root, "title");
        var headline = List(file, root, "headline");
        foreach (var indicator in headline)
        {
            var definition = indicators.Indicators.FirstOrDefault(i => string.Equals(i.Id, indicator, StringComparison.Ordinal))
                ?? throw new PackException($"{file}: headline names the unknown indicator '{indicator}'. Known: {string.Join(", ", indicators.Indicators.Select(i => i.Id))}.");
            if (definition.TableFor([], Frequency.Monthly) is null)
            {
                throw new PackException($"{file}: headline indicator '{indicator}' is not published per month, so it has no monthly figure to report.");
            }
        }

        var chartIds = List(file, root, "charts");
        foreach (var chart in chartIds)
        {
            if (!charts.Charts.Any(c => string.Equals(c.Id, chart, StringComparison.Ordinal)))
            {
                throw new PackException($"{file}: charts names the unknown chart '{chart}'. Charts in dashboards/charts: {string.Join(", ", charts.Charts.Select(c => c.Id))}.");
            }
        }

        var moves = root.TryGetProperty("moves", out var m) ? m.TryGetInt32(out var n) && n is >= 0 and <= 50 ? n
            : throw new PackException($"{file}: moves must be a whole number from 0 to 50.") : 5;
        return new PackDefinition(id, title, file, headline, chartIds, moves);
    }

    private static string Text(string file, JsonElement root, string field) =>
        root.TryGetProperty(field, out var value) && value.ValueKind == JsonValueKind.String && value.GetString()!.Trim().Length > 0
            ? value.GetString()!.Trim()
            : throw new PackException($"{file}: '{field}' is required and must be a non-empty string.");

    private static List<string> List(string file, JsonElement root, string field)
    {
        if (!root.TryGetProperty(field, out var value) || value.ValueKind != JsonValueKind.Array || value.GetArrayLength() == 0)
        {
            throw new PackException($"{file}: '{field}' is required and must be a non-empty list of ids.");
        }

        return value.EnumerateArray().Select(e => e.ValueKind == JsonValueKind.String
            ? e.GetString()!
            : throw new PackException($"{file}: '{field}' must hold strings only.")).ToList();
    }
}
