using System.Text.Json;
using System.Text.RegularExpressions;

namespace Stats.Core.Indicators;

/// <summary>Reads and checks one definition file (sql/indicators/README.md describes the fields).</summary>
internal static partial class IndicatorDefinitionParser
{
    private static readonly string[] Units =
        ["persons", "cases", "decisions", "registrations", "EUR", "days", "ratio", "per_100000", "per_1000000"];

    public static IndicatorDefinition Parse(
        string fileName, string json, IReadOnlySet<string> dimensions, IReadOnlyDictionary<string, int> order)
    {
        using var document = JsonFile.Open(fileName, json);
        var root = document.RootElement;
        if (root.ValueKind != JsonValueKind.Object)
        {
            throw new IndicatorCatalogueException($"{fileName}: must be a JSON object.");
        }

        var id = JsonFile.RequiredString(root, fileName, "id");
        if (!IdPattern().IsMatch(id))
        {
            throw new IndicatorCatalogueException($"{fileName}: id '{id}' must look like V04 or Q01B (a capital letter, two digits, an optional capital).");
        }

        if (!string.Equals(Path.GetFileNameWithoutExtension(fileName), id, StringComparison.Ordinal))
        {
            throw new IndicatorCatalogueException($"{fileName}: id '{id}' must equal the file name.");
        }

        var unit = JsonFile.RequiredString(root, fileName, "unit");
        if (!Units.Contains(unit, StringComparer.Ordinal))
        {
            throw new IndicatorCatalogueException($"{fileName}: unit '{unit}' is not one of {string.Join(", ", Units)}.");
        }

        var measure = ParseMeasure(fileName, JsonFile.RequiredString(root, fileName, "measure"));
        var breakdowns = JsonFile.StringArray(root, fileName, "breakdowns", required: true);
        foreach (var b in breakdowns.Where(b => !dimensions.Contains(b)))
        {
            throw new IndicatorCatalogueException($"{fileName}: breakdown '{b}' is not a dimension of dimensions.json.");
        }

        var defaultFrequencies = ParseFrequencies(fileName, root, "frequencies") ?? Frequencies.All;
        var source = ParseSource(fileName, root, IndicatorSource.Microdata);
        var tables = ParseTables(fileName, root, breakdowns, defaultFrequencies, source, order);
        var sql = JsonFile.OptionalString(root, fileName, "sql");
        IndicatorSourceRules.Check(fileName, measure, sql, tables);
        var sources = JsonFile.StringArray(root, fileName, "sources", required: true);
        if (sources.Count == 0)
        {
            throw new IndicatorCatalogueException($"{fileName}: 'sources' must name at least one organisation type.");
        }

        var definition = new IndicatorDefinition
        {
            Id = id,
            Title = JsonFile.RequiredString(root, fileName, "title"),
            Definition = JsonFile.RequiredString(root, fileName, "definition"),
            Unit = unit,
            Measure = measure,
            Sql = sql,
            Source = source,
            Factor = JsonFile.OptionalNumber(root, fileName, "factor") ?? 1,
            Rate = measure == IndicatorMeasure.Rate ? ParseRate(fileName, root) : null,
            Breakdowns = breakdowns,
            Tables = tables,
            Sources = sources,
            Disclosure = ParseDisclosure(fileName, root),
            Estimated = JsonFile.OptionalBool(root, fileName, "estimated") ?? false,
            References = ParseReferences(fileName, root),
            Notes = JsonFile.OptionalString(root, fileName, "notes"),
            Known = JsonFile.OptionalString(root, fileName, "known"),
        };
        EstimateSourceRules.Check(fileName, definition);
        return definition;
    }

    private static IndicatorMeasure ParseMeasure(string file, string text) => text switch
    {
        "count" => IndicatorMeasure.Count,
        "sum" => IndicatorMeasure.Sum,
        "max" => IndicatorMeasure.Max,
        "ratio" => IndicatorMeasure.Ratio,
        "rate" => IndicatorMeasure.Rate,
        _ => throw new IndicatorCatalogueException($"{file}: measure '{text}' is not one of count, sum, max, ratio, rate."),
    };

    private static List<Frequency>? ParseFrequencies(string where, JsonElement element, string name)
    {
        if (!element.TryGetProperty(name, out _))
        {
            return null;
        }

        var codes = JsonFile.StringArray(element, where, name, required: true);
        var result = new List<Frequency>();
        foreach (var code in codes)
        {
            if (!Frequencies.TryParse(code, out var f))
            {
                throw new IndicatorCatalogueException($"{where}: frequency '{code}' is not one of A, Q, M.");
            }

            result.Add(f);
        }

        return result.Count == 0
            ? throw new IndicatorCatalogueException($"{where}: '{name}' must list at least one of A, Q, M.")
            : Frequencies.All.Where(result.Contains).ToList();
    }

    private static IndicatorSource ParseSource(string where, JsonElement element, IndicatorSource fallback)
    {
        var text = JsonFile.OptionalString(element, where, "source");
        return text is null ? fallback
            : IndicatorSource.TryParse(text) ?? throw new IndicatorCatalogueException(
                $"{where}: source '{text}' is neither 'microdata' nor 'aggregate:<contract-id>' (e.g. aggregate:court-registry-convictions) nor 'estimate:mse'.");
    }

    private static List<IndicatorTable> ParseTables(
        string file, JsonElement root, List<string> breakdowns, IReadOnlyList<Frequency> defaults, IndicatorSource source,
        IReadOnlyDictionary<string, int> order)
    {
        if (!root.TryGetProperty("tables", out var tables) || tables.ValueKind == JsonValueKind.Null)
        {
            return new[] { new List<string>() }.Concat(breakdowns.Select(b => new List<string> { b }))
                .Select(by => new IndicatorTable(by, defaults) { Source = source }).ToList();
        }

        if (tables.ValueKind != JsonValueKind.Array)
        {
            throw new IndicatorCatalogueException($"{file}: 'tables' must be an array of {{ \"by\": [...] }} objects.");
        }

        var result = new List<IndicatorTable>();
        var index = 0;
        foreach (var table in tables.EnumerateArray())
        {
            var where = $"{file}: tables[{index++}]";
            var by = JsonFile.StringArray(table, where, "by", required: true);
            foreach (var b in by.Where(b => !breakdowns.Contains(b, StringComparer.Ordinal)))
            {
                throw new IndicatorCatalogueException($"{where}: '{b}' is not one of the indicator's breakdowns ({string.Join(", ", breakdowns)}).");
            }

            if (by.Distinct(StringComparer.Ordinal).Count() != by.Count)
            {
                throw new IndicatorCatalogueException($"{where}: a breakdown is listed twice.");
            }

            var sorted = by.OrderBy(b => order[b]).ToList();
            var table_ = new IndicatorTable(sorted, ParseFrequencies(where, table, "frequencies") ?? defaults)
            {
                Source = ParseSource(where, table, source),
            };
            if (result.Any(t => t.Name == table_.Name))
            {
                throw new IndicatorCatalogueException($"{where}: table '{table_.Name}' is listed twice.");
            }

            result.Add(table_);
        }

        return result.Count == 0 ? throw new IndicatorCatalogueException($"{file}: 'tables' must not be empty.") : result;
    }

    private static RateSpec ParseRate(string file, JsonElement root)
    {
        if (!root.TryGetProperty("rate", out var rate) || rate.ValueKind != JsonValueKind.Object)
        {
            throw new IndicatorCatalogueException($"{file}: measure rate needs 'rate': {{ \"numerator\": \"V04\", \"denominator\": \"population\" }}.");
        }

        var denominator = JsonFile.RequiredString(rate, file + ": rate", "denominator");
        return denominator == "population"
            ? new RateSpec(JsonFile.RequiredString(rate, file + ": rate", "numerator"), denominator)
            : throw new IndicatorCatalogueException($"{file}: rate.denominator '{denominator}' is not known (only 'population').");
    }

    private static DisclosureSpec ParseDisclosure(string file, JsonElement root)
    {
        if (!root.TryGetProperty("disclosure", out var d) || d.ValueKind != JsonValueKind.Object)
        {
            throw new IndicatorCatalogueException($"{file}: 'disclosure' is required: {{ \"rule\": \"threshold\" }} or {{ \"rule\": \"none\", \"reason\": \"…\" }}.");
        }

        var where = file + ": disclosure";
        var rule = JsonFile.RequiredString(d, where, "rule");
        switch (rule)
        {
            case "threshold":
                var k = JsonFile.OptionalNumber(d, where, "k");
                if (k is not null && (k < 2 || k != Math.Floor(k.Value)))
                {
                    throw new IndicatorCatalogueException($"{where}: k must be a whole number of at least 2, not {k}.");
                }

                return new DisclosureSpec(true, k is null ? null : (int)k.Value, null);
            case "none":
                return new DisclosureSpec(false, null, JsonFile.RequiredString(d, where, "reason"));
            default:
                throw new IndicatorCatalogueException($"{where}: rule '{rule}' is not one of threshold, none.");
        }
    }

    private static Dictionary<string, string> ParseReferences(string file, JsonElement root)
    {
        if (!root.TryGetProperty("references", out var refs) || refs.ValueKind != JsonValueKind.Object)
        {
            throw new IndicatorCatalogueException($"{file}: 'references' is required (an object: greta, eurostat, unodc, sdg, directive).");
        }

        var result = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var p in refs.EnumerateObject())
        {
            result[p.Name] = p.Value.ValueKind == JsonValueKind.String
                ? p.Value.GetString()!
                : throw new IndicatorCatalogueException($"{file}: references.{p.Name} must be a string.");
        }

        // Empty is allowed: the warehouse's own quality indicators (Q02, Q03) are asked for by no monitoring body.
        return result;
    }

    [GeneratedRegex("^[A-Z][0-9]{2}[A-Z]?$")]
    private static partial Regex IdPattern();
}
