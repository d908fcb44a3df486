using System.Globalization;
using System.Text.Json;

namespace Stats.Benchmarks.OData;

/// <summary>
/// The benchmark query as an OData request: <c>$apply=groupby((Year,SexCode),aggregate(...))</c> on an entity set, and
/// the reading of its JSON answer as a client would, property by property (no shared DTO with the server).
/// </summary>
internal sealed record AggregateQuery(bool CountOnly)
{
    public string Apply => CountOnly
        ? "groupby((Year,SexCode),aggregate($count as Registrations))"
        : "groupby((Year,SexCode),aggregate($count as Registrations,PersonKey with countdistinct as Persons))";

    public Uri RequestUri(Uri serviceRoot, string entitySet) =>
        new(serviceRoot, entitySet + "?$apply=" + Uri.EscapeDataString(Apply));

    /// <summary>The groups of an answer, ordered like the reference; persons read as 0 when <see cref="CountOnly"/>.</summary>
    public IReadOnlyList<YearSexCount> Read(string json)
    {
        using var document = JsonDocument.Parse(json);
        var groups = new List<YearSexCount>();
        foreach (var row in document.RootElement.GetProperty("value").EnumerateArray())
        {
            groups.Add(new YearSexCount(
                (int)Number(row, "Year"),
                row.GetProperty("SexCode").GetString() ?? throw new InvalidDataException("SexCode is null."),
                Number(row, "Registrations"),
                CountOnly ? 0 : Number(row, "Persons")));
        }

        return groups.OrderBy(g => g.Year).ThenBy(g => g.SexCode, StringComparer.Ordinal).ToList();
    }

    /// <summary>The reference as this query can check it (without persons when <see cref="CountOnly"/>).</summary>
    public IReadOnlyList<YearSexCount> Expected(IReadOnlyList<YearSexCount> reference) =>
        CountOnly ? reference.Select(g => g with { Persons = 0 }).ToList() : reference;

    // Int64 may arrive as a JSON string when a server answers IEEE754Compatible=true.
    private static long Number(JsonElement row, string name)
    {
        var value = row.GetProperty(name);
        return value.ValueKind == JsonValueKind.String
            ? long.Parse(value.GetString()!, CultureInfo.InvariantCulture)
            : value.GetInt64();
    }
}
