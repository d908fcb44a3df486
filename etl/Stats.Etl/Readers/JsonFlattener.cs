using System.Text.Json;
using Stats.Etl.Contracts;

namespace Stats.Etl.Readers;

/// <summary>
/// Turns one JSON object into text values at dotted paths: nested objects become <c>a.b</c>, arrays of scalars are
/// joined with the column's separator, and arrays of objects at a child's <c>path</c> become child rows. Every path
/// met is recorded (also null ones) so that unknown and missing properties can be refused by name.
/// </summary>
internal sealed class JsonFlattener(IReadOnlyList<string> columns, IReadOnlyDictionary<string, ColumnSpec> specs)
{
    private readonly Dictionary<string, int> _index = columns.Select((c, i) => (c, i)).ToDictionary(x => x.c, x => x.i, StringComparer.Ordinal);

    public IReadOnlyList<string> Columns { get; } = columns;
    public HashSet<string> Seen { get; } = new(StringComparer.Ordinal);

    /// <summary>Flattens <paramref name="obj"/>; arrays of objects at <paramref name="childPaths"/> go to <paramref name="onChild"/>.</summary>
    public string?[] Flatten(JsonElement obj, IReadOnlySet<string>? childPaths = null, Action<string, JsonElement>? onChild = null)
    {
        var values = new string?[Columns.Count];
        Walk(obj, string.Empty, values, childPaths, onChild);
        return values;
    }

    private void Walk(JsonElement obj, string prefix, string?[] values, IReadOnlySet<string>? childPaths, Action<string, JsonElement>? onChild)
    {
        foreach (var property in obj.EnumerateObject())
        {
            var path = prefix + property.Name;
            var value = property.Value;
            if (value.ValueKind == JsonValueKind.Object)
            {
                Walk(value, path + ".", values, childPaths, onChild);
                continue;
            }

            Seen.Add(path);
            if (value.ValueKind == JsonValueKind.Array && childPaths is not null && childPaths.Contains(path))
            {
                onChild!(path, value);
                continue;
            }

            string? text;
            if (value.ValueKind == JsonValueKind.Array)
            {
                if (value.EnumerateArray().Any(e => e.ValueKind is JsonValueKind.Object or JsonValueKind.Array))
                {
                    // An array of objects outside a child path is not loadable; its path stays "seen" and is refused as unknown unless ignored.
                    continue;
                }

                var separator = specs.TryGetValue(path, out var spec) ? spec.EffectiveSeparator : ";";
                text = string.Join(separator, value.EnumerateArray().Select(Scalar).Where(s => s is not null));
            }
            else
            {
                text = Scalar(value);
            }

            if (_index.TryGetValue(path, out var i))
            {
                values[i] = text;
            }
        }
    }

    private static string? Scalar(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.String => value.GetString(),
        JsonValueKind.Number => value.GetRawText(),
        JsonValueKind.True => "true",
        JsonValueKind.False => "false",
        _ => null,
    };
}
