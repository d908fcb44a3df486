using System.Text.Json;

namespace Stats.Core.Indicators;

/// <summary>Small readers over <see cref="JsonElement"/> whose errors name the file and the field.</summary>
internal static class JsonFile
{
    public static JsonDocument Open(string file, string json)
    {
        try
        {
            return JsonDocument.Parse(json, new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true });
        }
        catch (JsonException e)
        {
            throw new IndicatorCatalogueException($"{file}: not valid JSON (line {e.LineNumber + 1}): {e.Message}");
        }
    }

    public static string RequiredString(JsonElement element, string where, string name) =>
        OptionalString(element, where, name) is { Length: > 0 } value
            ? value
            : throw new IndicatorCatalogueException($"{where}: '{name}' is required and must be a non-empty string.");

    public static string? OptionalString(JsonElement element, string where, string name)
    {
        if (!element.TryGetProperty(name, out var value) || value.ValueKind == JsonValueKind.Null)
        {
            return null;
        }

        return value.ValueKind == JsonValueKind.String
            ? value.GetString()
            : throw new IndicatorCatalogueException($"{where}: '{name}' must be a string.");
    }

    public static bool? OptionalBool(JsonElement element, string where, string name)
    {
        if (!element.TryGetProperty(name, out var value) || value.ValueKind == JsonValueKind.Null)
        {
            return null;
        }

        return value.ValueKind is JsonValueKind.True or JsonValueKind.False
            ? value.GetBoolean()
            : throw new IndicatorCatalogueException($"{where}: '{name}' must be true or false.");
    }

    public static double? OptionalNumber(JsonElement element, string where, string name)
    {
        if (!element.TryGetProperty(name, out var value) || value.ValueKind == JsonValueKind.Null)
        {
            return null;
        }

        return value.ValueKind == JsonValueKind.Number
            ? value.GetDouble()
            : throw new IndicatorCatalogueException($"{where}: '{name}' must be a number.");
    }

    public static List<string> StringArray(JsonElement element, string where, string name, bool required)
    {
        if (!element.TryGetProperty(name, out var value) || value.ValueKind == JsonValueKind.Null)
        {
            return required ? throw new IndicatorCatalogueException($"{where}: '{name}' is required (an array of strings).") : [];
        }

        if (value.ValueKind != JsonValueKind.Array || value.EnumerateArray().Any(v => v.ValueKind != JsonValueKind.String))
        {
            throw new IndicatorCatalogueException($"{where}: '{name}' must be an array of strings.");
        }

        return value.EnumerateArray().Select(v => v.GetString()!).ToList();
    }

    public static bool IsIdentifier(string id) =>
        id.Length > 0 && char.IsAsciiLetterLower(id[0]) && id.All(c => char.IsAsciiLetterLower(c) || char.IsAsciiDigit(c) || c == '_');
}
