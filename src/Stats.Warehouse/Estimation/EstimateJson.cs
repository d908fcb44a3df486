using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using Stats.Core.Estimation;

namespace Stats.Warehouse.Estimation;

/// <summary>
/// The JSON columns of est_population_estimate: the overlap table an estimate was made from, the other models
/// considered and the warnings. Stored with the estimate so an analyst can redo or question it from the vintage alone.
/// Non-finite numbers (an unbounded alternative) are written as null: JSON has no infinity.
/// </summary>
internal static class EstimateJson
{
    /// <summary>{"lists":["NGO1","NRM","POL"],"cells":[{"combination":"NGO1","persons":70}, …]}: every combination, zeros included.</summary>
    public static string Table(OverlapTable table) => Write(json =>
    {
        json.WriteStartObject();
        json.WriteStartArray("lists");
        foreach (var list in table.Lists)
        {
            json.WriteStringValue(list);
        }

        json.WriteEndArray();
        json.WriteStartArray("cells");
        for (var mask = 1; mask < table.CellCount; mask++)
        {
            json.WriteStartObject();
            json.WriteString("combination", table.Name(mask));
            json.WriteNumber("persons", table[mask]);
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteEndObject();
    });

    /// <summary>[{"name":"NRM*POL","total":…,"deviance":…,"df":…,"aic":…,"bic":…,"rejected":null}, …].</summary>
    public static string Alternatives(IReadOnlyList<ConsideredModel> models) => Write(json =>
    {
        json.WriteStartArray();
        foreach (var model in models)
        {
            json.WriteStartObject();
            json.WriteString("name", model.Name);
            Number(json, "total", model.Fit?.Total);
            Number(json, "deviance", model.Fit?.Deviance);
            Number(json, "df", model.Fit?.DegreesOfFreedom);
            Number(json, "aic", model.Fit?.Aic);
            Number(json, "bic", model.Fit?.Bic);
            json.WriteString("rejected", model.Rejected);
            json.WriteEndObject();
        }

        json.WriteEndArray();
    });

    public static string Strings(IEnumerable<string> texts) => Write(json =>
    {
        json.WriteStartArray();
        foreach (var text in texts)
        {
            json.WriteStringValue(text);
        }

        json.WriteEndArray();
    });

    private static void Number(Utf8JsonWriter json, string name, double? value)
    {
        if (value is { } v && double.IsFinite(v))
        {
            json.WriteNumber(name, v);
        }
        else
        {
            json.WriteNull(name);
        }
    }

    private static string Write(Action<Utf8JsonWriter> write)
    {
        using var stream = new MemoryStream();
        // Relaxed escaping keeps "NGO1+NRM" readable; the text is stored data, never embedded in HTML.
        using (var json = new Utf8JsonWriter(stream, new JsonWriterOptions { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            write(json);
        }

        return Encoding.UTF8.GetString(stream.ToArray());
    }
}
