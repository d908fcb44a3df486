using System.Text.Json;
using System.Text.RegularExpressions;

namespace Stats.Warehouse.Exports.Greta;

/// <summary>
/// The GRETA entry of an indicator's references. ind_indicator.references holds them as "body: text; body: text" (older
/// vintages may hold the JSON object itself), so both are read.
/// </summary>
internal static partial class GretaReferences
{
    public static string? Greta(string? references)
    {
        if (string.IsNullOrWhiteSpace(references))
        {
            return null;
        }

        var text = references.Trim();
        if (text.StartsWith('{'))
        {
            try
            {
                using var document = JsonDocument.Parse(text);
                return document.RootElement.TryGetProperty("greta", out var greta) && greta.ValueKind == JsonValueKind.String ? greta.GetString() : null;
            }
            catch (JsonException)
            {
                // Not JSON after all: read it as the "body: text" list below.
            }
        }

        // Split only where a known body's key starts an entry, because the texts themselves contain colons ("… 'Statistics on THB': victims").
        var entries = Entry().Matches(text);
        for (var i = 0; i < entries.Count; i++)
        {
            if (entries[i].Groups["body"].Value == "greta")
            {
                var start = entries[i].Index + entries[i].Length;
                var end = i + 1 < entries.Count ? entries[i + 1].Index : text.Length;
                return text[start..end].Trim().TrimEnd(';').Trim();
            }
        }

        return null;
    }

    [GeneratedRegex(@"(?:^|;\s*)(?<body>greta|eurostat|unodc|sdg|directive):\s*")]
    private static partial Regex Entry();
}
