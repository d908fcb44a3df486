using System.Globalization;
using System.Text.Json;

namespace Stats.Etl.Tests.Synthetic;

/// <summary>The tests' own reading of a contract file: columns, required flags, codes maps, separators, date format.</summary>
internal sealed class ContractMapping
{
    private readonly Dictionary<string, JsonElement> _columns;

    public ContractMapping(string id)
    {
        Json = RepoFiles.Contract(id);
        _columns = Json.GetProperty("columns").EnumerateObject().ToDictionary(p => p.Name, p => p.Value, StringComparer.Ordinal);
        var format = Json.GetProperty("format");
        Delimiter = format.TryGetProperty("delimiter", out var d) ? d.GetString()![0] : ',';
        DateFormat = format.TryGetProperty("dateFormat", out var f) ? f.GetString()! : "yyyy-MM-dd";
    }

    public JsonElement Json { get; }

    public char Delimiter { get; }

    public string DateFormat { get; }

    public IEnumerable<string> Columns => _columns.Keys;

    public IEnumerable<string> RequiredColumns => _columns.Where(c => c.Value.TryGetProperty("required", out var r) && r.GetBoolean()).Select(c => c.Key);

    /// <summary>Columns a flat delivery may carry: mapped, ignored, and those of "when" children.</summary>
    public HashSet<string> FlatColumns()
    {
        var all = new HashSet<string>(_columns.Keys, StringComparer.Ordinal);
        if (Json.TryGetProperty("ignore", out var ignore))
        {
            all.UnionWith(ignore.EnumerateArray().Select(i => i.GetString()!));
        }

        foreach (var child in Children().Where(c => c.TryGetProperty("when", out _)))
        {
            all.UnionWith(child.GetProperty("columns").EnumerateObject().Select(p => p.Name));
        }

        return all;
    }

    public IEnumerable<JsonElement> Children() =>
        Json.TryGetProperty("children", out var children) ? children.EnumerateArray() : [];

    public string Field(string column) => _columns[column].GetProperty("field").GetString()!;

    public string ColumnOf(string field) => _columns.Single(c => c.Value.GetProperty("field").GetString() == field).Key;

    /// <summary>The canonical code(s) of a delivered value; fails the test when a code map does not know it.</summary>
    public IReadOnlyList<string> Canonical(string column, string? value) => Canonical(_columns[column], column, value);

    public static IReadOnlyList<string> Canonical(JsonElement spec, string column, string? value)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return [];
        }

        var parts = spec.TryGetProperty("separator", out var separator) ? value.Split(separator.GetString()![0]) : [value];
        if (!spec.TryGetProperty("codes", out var codes))
        {
            return parts;
        }

        var map = codes.EnumerateObject().ToDictionary(p => p.Name.Trim(), p => p.Value.GetString()!, StringComparer.OrdinalIgnoreCase);
        return [.. parts.Select(p => map.TryGetValue(p.Trim(), out var code) ? code : throw new Xunit.Sdk.XunitException($"Column {column}: value '{p}' is not in the contract's codes."))];
    }

    public DateOnly ParseDate(object? value) => value switch
    {
        DateTime d => DateOnly.FromDateTime(d),
        string s => DateOnly.ParseExact(s, DateFormat, CultureInfo.InvariantCulture),
        _ => throw new Xunit.Sdk.XunitException($"Not a date: {value}"),
    };
}
