using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace Stats.Warehouse.Exports.Greta;

/// <summary>
/// Reads and checks sql/exports/greta.json. A mistake in the file is an error naming the file, the table and the reason,
/// because a silently dropped or misnamed table would send GRETA an incomplete annex.
/// </summary>
internal static partial class GretaDefinitionReader
{
    public const string FileName = "greta.json";

    /// <summary>Sheet names the workbook uses for itself.</summary>
    public static readonly IReadOnlyList<string> ReservedSheets = ["About", "Definitions"];

    /// <summary>Reads <paramref name="path"/>; every row dimension must be in <paramref name="knownDimensions"/> (the vintage's registry).</summary>
    public static GretaDefinition Read(string path, IReadOnlyCollection<string> knownDimensions)
    {
        ArgumentNullException.ThrowIfNull(knownDimensions);
        if (!File.Exists(path))
        {
            throw new InvalidDataException($"{path}: the GRETA export definition is missing.");
        }

        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(File.ReadAllText(path), new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip });
        }
        catch (JsonException e)
        {
            throw new InvalidDataException($"{path}: not valid JSON ({e.Message}).", e);
        }

        using (document)
        {
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object)
            {
                throw new InvalidDataException($"{path}: expected a JSON object with title, description and tables.");
            }

            CheckProperties(root, path, "the file", "title", "description", "tables");
            var title = RequiredString(root, "title", path, "the file");
            var description = OptionalString(root, "description", path, "the file") ?? string.Empty;
            if (!root.TryGetProperty("tables", out var tables) || tables.ValueKind != JsonValueKind.Array || tables.GetArrayLength() == 0)
            {
                throw new InvalidDataException($"{path}: 'tables' must be a non-empty array.");
            }

            var result = new List<GretaTable>();
            var index = 0;
            foreach (var element in tables.EnumerateArray())
            {
                index++;
                result.Add(ReadTable(element, path, index, knownDimensions, result));
            }

            return new GretaDefinition(title, description, result);
        }
    }

    private static GretaTable ReadTable(JsonElement element, string path, int index, IReadOnlyCollection<string> knownDimensions, List<GretaTable> earlier)
    {
        var where = string.Create(CultureInfo.InvariantCulture, $"table {index}");
        if (element.ValueKind != JsonValueKind.Object)
        {
            throw new InvalidDataException($"{path}: {where} must be an object.");
        }

        CheckProperties(element, path, where, "id", "title", "indicator", "rows", "layout", "footnotes");
        var id = RequiredString(element, "id", path, where);
        where += $" ('{id}')";
        if (!SheetName().IsMatch(id))
        {
            throw new InvalidDataException(
                $"{path}: {where}: the id is the sheet name, so it must be 1 to 31 letters, digits, spaces or . _ - ( ) characters.");
        }

        if (ReservedSheets.Contains(id, StringComparer.OrdinalIgnoreCase) || earlier.Any(t => string.Equals(t.Id, id, StringComparison.OrdinalIgnoreCase)))
        {
            throw new InvalidDataException($"{path}: {where}: the id is used twice or is a reserved sheet name (About, Definitions).");
        }

        var title = RequiredString(element, "title", path, where);
        var indicator = RequiredString(element, "indicator", path, where);
        if (!IndicatorId().IsMatch(indicator))
        {
            throw new InvalidDataException($"{path}: {where}: indicator '{indicator}' is not an indicator id such as V04.");
        }

        var footnotes = element.TryGetProperty("footnotes", out _) ? StringArray(element, "footnotes", path, where) : [];
        var layout = OptionalString(element, "layout", path, where);
        if (layout is not null)
        {
            if (layout != GretaTable.EstimateLayout || element.TryGetProperty("rows", out _))
            {
                throw new InvalidDataException(
                    $"{path}: {where}: 'layout' may only be \"{GretaTable.EstimateLayout}\" (an estimated indicator per year next to its known count), without 'rows'.");
            }

            return new GretaTable(id, title, indicator, [], footnotes) { IsEstimate = true };
        }

        var rows = StringArray(element, "rows", path, where);
        if (rows.Count is < 1 or > 2 || rows.Distinct().Count() != rows.Count)
        {
            throw new InvalidDataException($"{path}: {where}: 'rows' must name one dimension, or two different ones for nested rows.");
        }

        var unknown = rows.FirstOrDefault(r => !knownDimensions.Contains(r));
        if (unknown is not null)
        {
            throw new InvalidDataException(
                $"{path}: {where}: row dimension '{unknown}' is not in the dimension registry ({string.Join(", ", knownDimensions)}).");
        }

        return new GretaTable(id, title, indicator, rows, footnotes);
    }

    private static void CheckProperties(JsonElement element, string path, string where, params string[] allowed)
    {
        var extra = element.EnumerateObject().Select(p => p.Name).FirstOrDefault(n => !allowed.Contains(n, StringComparer.Ordinal));
        if (extra is not null)
        {
            throw new InvalidDataException($"{path}: {where}: unknown property '{extra}'; allowed are {string.Join(", ", allowed)}.");
        }
    }

    private static string RequiredString(JsonElement element, string name, string path, string where) =>
        OptionalString(element, name, path, where) is { Length: > 0 } text
            ? text
            : throw new InvalidDataException($"{path}: {where}: '{name}' is required and must be a non-empty string.");

    private static string? OptionalString(JsonElement element, string name, string path, string where)
    {
        if (!element.TryGetProperty(name, out var value))
        {
            return null;
        }

        return value.ValueKind == JsonValueKind.String
            ? value.GetString()!.Trim()
            : throw new InvalidDataException($"{path}: {where}: '{name}' must be a string.");
    }

    private static List<string> StringArray(JsonElement element, string name, string path, string where)
    {
        if (!element.TryGetProperty(name, out var value) || value.ValueKind != JsonValueKind.Array
            || value.EnumerateArray().Any(v => v.ValueKind != JsonValueKind.String || string.IsNullOrWhiteSpace(v.GetString())))
        {
            throw new InvalidDataException($"{path}: {where}: '{name}' must be an array of non-empty strings.");
        }

        return value.EnumerateArray().Select(v => v.GetString()!.Trim()).ToList();
    }

    [GeneratedRegex(@"^[A-Za-z0-9 ._()\-]{1,31}$")]
    private static partial Regex SheetName();

    [GeneratedRegex(@"^[A-Z][0-9]{2}[A-Z]?$")]
    private static partial Regex IndicatorId();
}
