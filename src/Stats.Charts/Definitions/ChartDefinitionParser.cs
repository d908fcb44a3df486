using System.Globalization;
using System.Text.Json;
using Stats.Core.Indicators;

namespace Stats.Charts.Definitions;

/// <summary>Reads one dashboards/charts/&lt;id&gt;.json and checks it against the indicator catalogue.</summary>
internal static class ChartDefinitionParser
{
    private static readonly string[] Fields = ["id", "title", "kind", "indicator", "indicators", "breakdown", "frequency", "span", "notes"];

    public static ChartDefinition Parse(string fileName, string json, IndicatorCatalogue catalogue)
    {
        JsonElement root;
        try
        {
            using var document = JsonDocument.Parse(json, new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true });
            root = document.RootElement.Clone();
        }
        catch (JsonException e)
        {
            throw new ChartDefinitionException($"{fileName}: not valid JSON (line {e.LineNumber + 1}): {e.Message}", e);
        }

        if (root.ValueKind != JsonValueKind.Object)
        {
            throw new ChartDefinitionException($"{fileName}: the file must hold one JSON object.");
        }

        foreach (var property in root.EnumerateObject().Where(p => !Fields.Contains(p.Name, StringComparer.Ordinal)))
        {
            throw new ChartDefinitionException($"{fileName}: unknown field '{property.Name}'. Fields: {string.Join(", ", Fields)}.");
        }

        var id = Text(fileName, root, "id") ?? throw Fail(fileName, "id", "is missing");
        if (!string.Equals(id + ".json", fileName, StringComparison.Ordinal))
        {
            throw Fail(fileName, "id", $"'{id}' must equal the file name without .json");
        }

        var title = Text(fileName, root, "title");
        if (string.IsNullOrWhiteSpace(title))
        {
            throw Fail(fileName, "title", "is missing or empty: every chart states what it shows");
        }

        var kind = ParseKind(fileName, Text(fileName, root, "kind"));
        var indicators = Indicators(fileName, root, kind, catalogue);
        var breakdown = Text(fileName, root, "breakdown");
        var frequency = ParseFrequency(fileName, kind, Text(fileName, root, "frequency"));
        var span = Span(fileName, root, kind, frequency);
        var notes = Text(fileName, root, "notes");
        CheckPublished(fileName, kind, indicators, breakdown, frequency, catalogue);
        return new ChartDefinition(id, title.Trim(), kind, indicators.Select(i => i.Id).ToList(), breakdown, frequency, span, notes) { SourceFile = fileName };
    }

    private static List<IndicatorDefinition> Indicators(string file, JsonElement root, ChartKind kind, IndicatorCatalogue catalogue)
    {
        var ids = new List<string>();
        if (Text(file, root, "indicator") is { } one)
        {
            ids.Add(one);
        }

        if (root.TryGetProperty("indicators", out var many))
        {
            if (many.ValueKind != JsonValueKind.Array || many.EnumerateArray().Any(e => e.ValueKind != JsonValueKind.String))
            {
                throw Fail(file, "indicators", "must be a list of indicator ids");
            }

            ids.AddRange(many.EnumerateArray().Select(e => e.GetString()!));
        }

        var field = kind == ChartKind.Funnel ? "indicators" : "indicator";
        if (kind == ChartKind.Funnel ? ids.Count < 2 : ids.Count != 1)
        {
            throw Fail(file, field, kind == ChartKind.Funnel
                ? "a funnel needs at least two indicators, one per step, in order"
                : "give exactly one indicator");
        }

        return ids.Select(i => catalogue.Indicators.FirstOrDefault(d => string.Equals(d.Id, i, StringComparison.Ordinal))
            ?? throw Fail(file, field, $"unknown indicator '{i}'. Known: {string.Join(", ", catalogue.Indicators.Select(d => d.Id))}")).ToList();
    }

    private static void CheckPublished(
        string file, ChartKind kind, List<IndicatorDefinition> indicators, string? breakdown, Frequency frequency, IndicatorCatalogue catalogue)
    {
        var needsBreakdown = kind is ChartKind.Bar or ChartKind.StackedBar;
        if (needsBreakdown && breakdown is null)
        {
            throw Fail(file, "breakdown", $"a {Word(kind)} chart needs a breakdown");
        }

        if (!needsBreakdown && breakdown is not null)
        {
            throw Fail(file, "breakdown", $"a {Word(kind)} chart shows totals; remove the breakdown");
        }

        foreach (var indicator in indicators)
        {
            string[] by = breakdown is null ? [] : [breakdown];
            if (breakdown is not null && !indicator.Breakdowns.Contains(breakdown, StringComparer.Ordinal))
            {
                throw Fail(file, "breakdown", $"{indicator.Id} does not allow the breakdown '{breakdown}'. Allowed: {string.Join(", ", indicator.Breakdowns)}");
            }

            if (kind == ChartKind.StackedBar && !catalogue.IsAdditive(breakdown!))
            {
                throw Fail(file, "breakdown", $"'{breakdown}' is not additive (a person may count in several categories), so it cannot be stacked");
            }

            if (indicator.TableFor(by, frequency) is null || (kind == ChartKind.StackedBar && indicator.TableFor([], frequency) is null))
            {
                throw Fail(file, "frequency", $"{indicator.Id} is not published by {(breakdown ?? "total")} per {Frequencies.Word(frequency)}");
            }
        }
    }

    private static ChartKind ParseKind(string file, string? word) => word switch
    {
        "trend" => ChartKind.Trend,
        "bar" => ChartKind.Bar,
        "stacked-bar" => ChartKind.StackedBar,
        "funnel" => ChartKind.Funnel,
        null => throw Fail(file, "kind", "is missing (trend, bar, stacked-bar, funnel)"),
        _ => throw Fail(file, "kind", $"unknown kind '{word}' (trend, bar, stacked-bar, funnel)"),
    };

    internal static string Word(ChartKind kind) => kind switch
    {
        ChartKind.Trend => "trend",
        ChartKind.Bar => "bar",
        ChartKind.StackedBar => "stacked-bar",
        _ => "funnel",
    };

    private static Frequency ParseFrequency(string file, ChartKind kind, string? word)
    {
        Frequency[] allowed = kind switch
        {
            ChartKind.Trend => [Frequency.Annual, Frequency.Monthly],
            ChartKind.Bar => [Frequency.Annual, Frequency.Quarterly],
            ChartKind.StackedBar => [Frequency.Quarterly, Frequency.Annual],
            _ => [Frequency.Annual],
        };
        if (word is null)
        {
            return allowed[0];
        }

        if (!Frequencies.TryParseWord(word, out var frequency) || !allowed.Contains(frequency))
        {
            throw Fail(file, "frequency", $"'{word}' is not allowed for a {Word(kind)} chart ({string.Join(", ", allowed.Select(Frequencies.Word))})");
        }

        return frequency;
    }

    private static int Span(string file, JsonElement root, ChartKind kind, Frequency frequency)
    {
        var usesSpan = frequency == Frequency.Annual && kind is ChartKind.Trend or ChartKind.StackedBar;
        if (!root.TryGetProperty("span", out var element))
        {
            return usesSpan ? ChartDefinitions.DefaultSpan : 1;
        }

        if (!usesSpan)
        {
            throw Fail(file, "span", "only annual trends and annual stacked bars cover several years");
        }

        if (element.ValueKind != JsonValueKind.Number || !element.TryGetInt32(out var span) || span is < 2 or > 30)
        {
            throw Fail(file, "span", "must be a whole number of years from 2 to 30");
        }

        return span;
    }

    private static string? Text(string file, JsonElement root, string field)
    {
        if (!root.TryGetProperty(field, out var element) || element.ValueKind == JsonValueKind.Null)
        {
            return null;
        }

        return element.ValueKind == JsonValueKind.String
            ? element.GetString()
            : throw Fail(file, field, "must be a string");
    }

    private static ChartDefinitionException Fail(string file, string field, string reason) =>
        new(string.Create(CultureInfo.InvariantCulture, $"{file}: field '{field}': {reason}."));
}
