using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.Encodings.Web;
using System.Text.Json.Nodes;

namespace Stats.Hardening.Tests.Corpus;

/// <summary>
/// Attacks on the JSON delivery (social care NRM cases, records under "cases"), built from a few clean records: every
/// record broken, identifying or duplicate properties, structural mutations, truncation and deep nesting.
/// </summary>
internal sealed class JsonAttacks(CorpusContext context)
{
    private const string Id = "socialcare-nrm";
    // Agencies write umlauts as they are; the default encoder would escape them to \u00FC and hide every encoding attack.
    private static readonly JsonSerializerOptions Indented = new() { WriteIndented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };
    private static readonly JsonSerializerOptions Compact = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    private Random Random => context.Random;

    private IReadOnlyList<ColumnInfo> Columns => ContractColumns.Root(context.Contract(Id));

    public Attack Injection() => new("a formula in a property of every record", Write(BreakEveryRecord(Records(), payload: true)));

    public Attack Identifying()
    {
        var name = IdentifyingNames.Pick(Random).Trim();
        var records = Records();
        var nested = Random.Next(2) == 0;
        var targets = Random.Next(2) == 0 ? records : [context.Pick(records)];
        foreach (var record in targets)
        {
            Set(record, nested ? "person." + name : name, JsonValue.Create(IdentifyingNames.Value(Random)));
        }

        return new($"a property '{(nested ? "person." : string.Empty)}{name}' in {(targets.Count == records.Count ? "every record" : "one record")}", Write(records), "identifying_column");
    }

    public Attack DuplicateProperty()
    {
        var records = Records();
        var target = Random.Next(records.Count);
        var property = context.Pick(records[target].Select(p => p.Key).ToList());
        var texts = records.Select(r => r.ToJsonString()).ToList();
        texts[target] = "{\"" + property + "\": " + InjectionValue() + "," + texts[target][1..];
        return new($"record {target + 1} names '{property}' twice", Encoding.UTF8.GetBytes("{\"cases\": [" + string.Join(",\n", texts) + "]}"), "malformed_file");
    }

    public Attack Mutation()
    {
        var records = Records();
        switch (Random.Next(10))
        {
            case 0:
                var required = context.Pick(Columns.Where(c => c.Required).ToList());
                foreach (var record in records)
                {
                    Remove(record, required.Name);
                }

                return new($"required property '{required.Name}' missing from every record", Write(records), "missing_required_column");
            case 1:
                var renamed = context.Pick(records[0].Select(p => p.Key).ToList());
                foreach (var record in records.Where(r => r.ContainsKey(renamed)))
                {
                    var value = record[renamed]?.DeepClone();
                    record.Remove(renamed);
                    record[renamed.ToUpperInvariant() + "_"] = value;
                }

                return new($"property '{renamed}' renamed in every record", Write(records), "unknown_column");
            case 2:
                var key = Pick("Cases", "items", "records", "case");
                return new($"the records under '{key}' instead of 'cases'", Encoding.UTF8.GetBytes(new JsonObject { [key] = new JsonArray([.. records]) }.ToJsonString()), "malformed_file");
            case 3:
                return new("the records as a root array (the contract reads them under 'cases')", Encoding.UTF8.GetBytes(new JsonArray([.. records]).ToJsonString()), "malformed_file");
            case 4:
                var texts = records.Select(r => r.ToJsonString()).ToList();
                texts[Random.Next(texts.Count)] = Pick("\"a string\"", "42", "null", "[1, 2, 3]", "true");
                return new("a record that is no JSON object", Encoding.UTF8.GetBytes("{\"cases\": [" + string.Join(",", texts) + "]}"), "malformed_file");
            case 5:
                foreach (var record in records)
                {
                    var date = (string?)Get(record, "referral.date");
                    Set(record, "referral.date", JsonValue.Create(DateTime.TryParseExact(date, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d)
                        ? d.AddYears(80).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) : "2199-01-01"));
                }

                return new("every referral date 80 years in the future", Write(records));
            case 6:
                foreach (var record in records)
                {
                    var k = (string?)record["linkageKey"] ?? string.Empty;
                    record["linkageKey"] = Random.Next(2) == 0 ? k.ToUpperInvariant() : k + "0";
                }

                return new("every linkage key malformed", Write(records));
            case 7:
                var syntax = Write(records);
                var text = Encoding.UTF8.GetString(syntax);
                var broken = Random.Next(5) switch
                {
                    0 => text.Replace("]", ",]", StringComparison.Ordinal),
                    1 => "// exported by the NRM system\n" + text,
                    2 => text.Replace("\"caseId\"", "'caseId'", StringComparison.Ordinal),
                    3 => text.Replace("\"age\":", "\"age\": NaN, \"x\":", StringComparison.Ordinal),
                    _ => text + "\n{\"cases\": []}",
                };
                return new("JSON that is not JSON (trailing comma, comment, single quotes, NaN or two documents)", Encoding.UTF8.GetBytes(broken), "malformed_file");
            case 8:
                foreach (var record in records)
                {
                    record["services"] = new JsonObject { ["type"] = "counselling" };
                }

                return new("'services' an object instead of an array", Write(records), "unknown_column");
            default:
                return new("a rule broken in every record", Write(BreakEveryRecord(records, payload: false)));
        }
    }

    public Attack Truncated()
    {
        var records = Records();
        if (Random.Next(3) == 0)
        {
            // Characters of the basic plane: the encoder writes them as they are (it escapes surrogate pairs).
            var character = Pick("ä", "€", "ß", "中");
            Set(records[^1], "caseId", JsonValue.Create("NRM-" + character));
            var bytes = Write(records);
            var index = bytes.AsSpan().LastIndexOf(CsvBytes.Utf8.GetBytes(character));
            return new($"cut inside the multi-byte character '{character}'", bytes[..(index + 1)], "unreadable_encoding");
        }

        var whole = Write(records);
        var lastBrace = whole.AsSpan().LastIndexOf((byte)'}');
        var cut = 1 + Random.Next(lastBrace);
        return new($"cut at byte {cut} of {whole.Length}", whole[..cut], "malformed_file");
    }

    public Attack Deep()
    {
        var depth = Random.Next(4) == 0 ? 100_000 : 65 + Random.Next(5_000);
        var (open, close, what) = Random.Next(3) switch
        {
            0 => ("[", "]", "arrays"),
            1 => ("{\"a\":", "}", "objects"),
            _ => ("[{\"a\":", "}]", "arrays of objects"),
        };
        var inner = Repeat(open, depth) + "1" + Repeat(close, depth);
        var text = Random.Next(2) == 0
            ? "{\"cases\": [{\"caseId\": \"NRM-1\", \"person\": " + inner + "}]}"
            : "{\"cases\": " + inner + "}";
        return new($"{what} nested {depth:N0} levels", Encoding.UTF8.GetBytes(text), "limit_exceeded");
    }

    public Attack HeaderOnly(int variant) => new(
        "an empty record array",
        Encoding.UTF8.GetBytes(variant switch { 0 => "{\"cases\": []}", _ => "{\n  \"cases\" : [ ]\n}\n" })) { MayBeEmpty = true };

    /// <summary>A few clean records, deep-copied.</summary>
    public List<JsonObject> Records()
    {
        var all = context.Clean.Nrm["cases"]!.AsArray();
        var count = 1 + Random.Next(8);
        var start = Random.Next(all.Count - count + 1);
        return [.. all.Skip(start).Take(count).Select(r => r!.DeepClone().AsObject())];
    }

    public byte[] Write(IEnumerable<JsonObject> records) =>
        Encoding.UTF8.GetBytes(new JsonObject { ["cases"] = new JsonArray([.. records]) }.ToJsonString(Random.Next(2) == 0 ? Indented : Compact));

    private List<JsonObject> BreakEveryRecord(List<JsonObject> records, bool payload)
    {
        foreach (var record in records)
        {
            var column = context.Pick(Columns);
            Set(record, column.Name, JsonValue.Create(RowBreaker.Break(column, Random, payload)));
            if (payload && Random.Next(3) == 0 && record["services"] is JsonArray { Count: > 0 } services)
            {
                services[0]!["type"] = InjectionPayloads.Pick(Random);
            }
        }

        return records;
    }

    private string InjectionValue() => JsonSerializer.Serialize(InjectionPayloads.Pick(Random));

    private static JsonNode? Get(JsonObject record, string path)
    {
        JsonNode? node = record;
        foreach (var part in path.Split('.'))
        {
            node = node is JsonObject o ? o[part] : null;
        }

        return node;
    }

    private static void Set(JsonObject record, string path, JsonNode? value)
    {
        var parts = path.Split('.');
        var node = record;
        foreach (var part in parts[..^1])
        {
            if (node[part] is not JsonObject child)
            {
                child = [];
                node[part] = child;
            }

            node = child;
        }

        node[parts[^1]] = value;
    }

    private static void Remove(JsonObject record, string path)
    {
        var parts = path.Split('.');
        var node = record;
        foreach (var part in parts[..^1])
        {
            if (node[part] is not JsonObject child)
            {
                return;
            }

            node = child;
        }

        node.Remove(parts[^1]);
    }

    private static string Repeat(string s, int count) => new StringBuilder(s.Length * count).Insert(0, s, count).ToString();

    private string Pick(params string[] values) => values[Random.Next(values.Length)];
}
