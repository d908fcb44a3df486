using System.Text.Json;

namespace Stats.Core.Indicators;

/// <summary>Reads sql/indicators/dimensions.json.</summary>
internal static class DimensionRegistryParser
{
    private const string File = "dimensions.json";

    public static List<DimensionDefinition> Parse(string json)
    {
        using var document = JsonFile.Open(File, json);
        if (document.RootElement.ValueKind != JsonValueKind.Array)
        {
            throw new IndicatorCatalogueException($"{File}: must be an array of dimensions.");
        }

        var result = new List<DimensionDefinition>();
        var index = 0;
        foreach (var element in document.RootElement.EnumerateArray())
        {
            var where = $"{File}[{index++}]";
            var id = JsonFile.RequiredString(element, where, "id");
            if (!JsonFile.IsIdentifier(id) || id is "unit_id" or "ref_date" or "value" or "numerator" or "denominator")
            {
                throw new IndicatorCatalogueException($"{where}: id '{id}' must be lower-case letters, digits and '_', and not a reserved column name.");
            }

            if (result.Any(d => d.Id == id))
            {
                throw new IndicatorCatalogueException($"{where}: dimension '{id}' is defined twice.");
            }

            result.Add(new DimensionDefinition(
                id,
                JsonFile.RequiredString(element, where, "title"),
                JsonFile.RequiredString(element, where, "codes"),
                JsonFile.OptionalBool(element, where, "additive") ?? true,
                JsonFile.OptionalString(element, where, "note")));
        }

        return result;
    }
}
