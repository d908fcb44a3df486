using System.Text.Json;

namespace Stats.Etl.Tests.Synthetic;

/// <summary>The tests' own reading of an aggregate contract: period columns, dimension code maps (a combined category as its forms joined with '+'), wide columns.</summary>
internal sealed class AggregateContract
{
    public AggregateContract(string id)
    {
        Json = RepoFiles.Contract(id);
        var aggregate = Json.GetProperty("aggregate");
        var period = aggregate.GetProperty("period");
        YearColumn = period.GetProperty("year").GetString()!;
        QuarterColumn = period.TryGetProperty("quarter", out var q) ? q.GetString() : null;
        FirstYear = period.GetProperty("firstYear").GetInt32();
        CountColumn = aggregate.TryGetProperty("count", out var count) ? count.GetString() : null;
        Dimensions = aggregate.TryGetProperty("dimensions", out var dimensions)
            ? dimensions.EnumerateObject().ToDictionary(d => d.Name, d => Codes(d.Value.GetProperty("codes")), StringComparer.Ordinal)
            : [];
        Wide = aggregate.TryGetProperty("wide", out var wide)
            ? wide.EnumerateObject().ToDictionary(w => w.Name, w => (w.Value.GetProperty("age_group").GetString()!, w.Value.GetProperty("id_outcome").GetString()!), StringComparer.Ordinal)
            : [];
    }

    public JsonElement Json { get; }

    public string YearColumn { get; }

    public string? QuarterColumn { get; }

    public int FirstYear { get; }

    public string? CountColumn { get; }

    /// <summary>Dimension column → delivered label → canonical code.</summary>
    public Dictionary<string, Dictionary<string, string>> Dimensions { get; }

    /// <summary>Wide column → (age_group, id_outcome).</summary>
    public Dictionary<string, (string AgeGroup, string Outcome)> Wide { get; }

    private static Dictionary<string, string> Codes(JsonElement codes) =>
        codes.EnumerateObject().ToDictionary(
            c => c.Name,
            c => c.Value.ValueKind == JsonValueKind.Array ? string.Join('+', c.Value.EnumerateArray().Select(f => f.GetString())) : c.Value.GetString()!,
            StringComparer.Ordinal);
}
