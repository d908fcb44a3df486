using System.Text.Json;

namespace Stats.Warehouse.Tests.Indicators;

/// <summary>The definition files and the dimension registry as shipped next to the test binaries (sql/indicators).</summary>
internal static class Catalogue
{
    public static string Folder { get; } = Path.Combine(AppContext.BaseDirectory, "sql", "indicators");

    public static string SeedPath(string name) => Path.Combine(AppContext.BaseDirectory, "sql", "seeds", name);

    public static IReadOnlyList<string> DefinitionFiles() =>
        [.. Directory.EnumerateFiles(Folder, "*.json").Where(f => Path.GetFileName(f) != "dimensions.json").Order(StringComparer.Ordinal)];

    public static JsonElement Parse(string path)
    {
        using var document = JsonDocument.Parse(File.ReadAllText(path));
        return document.RootElement.Clone();
    }

    public static IReadOnlyDictionary<string, JsonElement> Dimensions() =>
        Parse(Path.Combine(Folder, "dimensions.json")).EnumerateArray().ToDictionary(d => d.GetProperty("id").GetString()!);

    public static IReadOnlyList<string> Strings(JsonElement element, string property) =>
        element.TryGetProperty(property, out var value) ? [.. value.EnumerateArray().Select(v => v.GetString()!)] : [];

    public static string? String(JsonElement element, string property) =>
        element.TryGetProperty(property, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;

    /// <summary>Columns a unit query must return besides its breakdowns, by measure.</summary>
    public static IReadOnlyList<string> MeasureColumns(string measure) => measure switch
    {
        "sum" or "max" => ["value"],
        "ratio" => ["numerator", "denominator"],
        _ => [],
    };
}
