using System.Buffers.Text;
using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Stats.Api;

/// <summary>
/// The $skiptoken of a next link: the vintage the first page was read from (later pages read the same vintage even after
/// a new publish), the number of rows already delivered (for the client's $top), and the sort-key values of the last
/// delivered row (the next page starts strictly after it: keyset paging, no offset). Serialised as base64url JSON with
/// a type tag per value, so a value comes back with the type it was read with. It is not a secret and needs no signature:
/// a forged token can only select rows the caller may read anyway.
/// </summary>
internal sealed record SkipToken(string VintageId, long Delivered, IReadOnlyList<object?> After)
{
    public string Format()
    {
        var values = new JsonArray();
        foreach (var value in After)
        {
            values.Add(Tag(value));
        }

        var json = new JsonObject { ["v"] = VintageId, ["n"] = Delivered, ["k"] = values };
        return Base64Url.EncodeToString(Encoding.UTF8.GetBytes(json.ToJsonString()));
    }

    public static SkipToken Parse(string text)
    {
        try
        {
            var json = JsonNode.Parse(Base64Url.DecodeFromChars(text))!.AsObject();
            var vintage = json["v"]!.GetValue<string>();
            var delivered = json["n"]!.GetValue<long>();
            var after = json["k"]!.AsArray().Select(Untag).ToList();
            return delivered < 0 ? throw Invalid() : new SkipToken(vintage, delivered, after);
        }
        catch (Exception e) when (e is FormatException or JsonException or InvalidOperationException or NullReferenceException or ArgumentException or OverflowException)
        {
            throw Invalid();
        }
    }

    private static JsonArray Tag(object? value) => value switch
    {
        null => ["n"],
        string s => ["s", s],
        int i => ["i", i],
        long l => ["l", l],
        double d => ["d", d.ToString("R", CultureInfo.InvariantCulture)],
        decimal m => ["m", m.ToString(CultureInfo.InvariantCulture)],
        bool b => ["b", b],
        DateOnly d => ["t", d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)],
        DateTime t => ["t", DateOnly.FromDateTime(t).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)],
        short or sbyte or byte or ushort or uint => ["l", Convert.ToInt64(value, CultureInfo.InvariantCulture)],
        float f => ["d", ((double)f).ToString("R", CultureInfo.InvariantCulture)],
        _ => throw new InvalidOperationException($"A sort key of type {value.GetType().Name} cannot be carried in a skiptoken."),
    };

    private static object? Untag(JsonNode? node)
    {
        var pair = node!.AsArray();
        var tag = pair[0]!.GetValue<string>();
        return tag switch
        {
            "n" => null,
            "s" => pair[1]!.GetValue<string>(),
            "i" => pair[1]!.GetValue<int>(),
            "l" => pair[1]!.GetValue<long>(),
            "d" => double.Parse(pair[1]!.GetValue<string>(), NumberStyles.Float, CultureInfo.InvariantCulture),
            "m" => decimal.Parse(pair[1]!.GetValue<string>(), NumberStyles.Number, CultureInfo.InvariantCulture),
            "b" => pair[1]!.GetValue<bool>(),
            "t" => DateOnly.ParseExact(pair[1]!.GetValue<string>(), "yyyy-MM-dd", CultureInfo.InvariantCulture),
            _ => throw new FormatException("unknown tag"),
        };
    }

    private static ODataHttpException Invalid() => new(400, "InvalidSkipToken", "$skiptoken: not a token issued by this service.");
}
