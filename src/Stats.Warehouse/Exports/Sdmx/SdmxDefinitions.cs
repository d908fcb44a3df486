using System.Text.Json;

namespace Stats.Warehouse.Exports.Sdmx;

/// <summary>
/// sql/exports/sdmx.json: the SDMX identity of the sdmx-csv export (maintenance agency, version, concept scheme) and the
/// names of the fixed concepts and frequencies. Kept as data so a country sets its own agency id without a rebuild.
/// </summary>
internal sealed record SdmxDefinitions(
    string Agency, string Version, string ConceptSchemeId, string ConceptSchemeName,
    IReadOnlyDictionary<string, string> Concepts, IReadOnlyList<KeyValuePair<string, string>> Frequencies)
{
    public const string FileName = "sdmx.json";

    /// <summary>The concepts every data structure uses besides the registry's dimensions, each of which needs a name.</summary>
    public static readonly IReadOnlyList<string> FixedConcepts =
        [SdmxNames.Freq, SdmxNames.Unit, SdmxNames.Geo, SdmxNames.TimePeriod, SdmxNames.ObsValue, SdmxNames.ObsFlag, SdmxNames.ConfStatus];

    public string ConceptName(string id) => Concepts[id];

    public static async Task<SdmxDefinitions> LoadAsync(string definitionsDirectory, CancellationToken ct)
    {
        var path = Path.Combine(definitionsDirectory, FileName);
        if (!File.Exists(path))
        {
            throw new InvalidOperationException($"The sdmx-csv export needs {path} (agency, version, concept names); it is missing.");
        }

        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(await File.ReadAllTextAsync(path, ct).ConfigureAwait(false));
        }
        catch (JsonException e)
        {
            throw new InvalidOperationException($"{path}: not valid JSON ({e.Message}).", e);
        }

        using (document)
        {
            return Parse(path, document.RootElement);
        }
    }

    internal static SdmxDefinitions Parse(string path, JsonElement root)
    {
        var agency = Text(path, root, "agency");
        if (!SdmxIds.IsAgencyId(agency))
        {
            throw new InvalidOperationException($"{path}: agency '{agency}' is not an SDMX agency id (a letter, then letters, digits, '_' or '-').");
        }

        var version = Text(path, root, "version");
        if (!SdmxIds.IsVersion(version))
        {
            throw new InvalidOperationException($"{path}: version '{version}' is not an SDMX 2.1 version (numbers separated by dots, e.g. 1.0).");
        }

        var scheme = Member(path, root, "conceptScheme", JsonValueKind.Object);
        var schemeId = Text(path, scheme, "id", "conceptScheme.id");
        if (!SdmxIds.IsNcName(schemeId))
        {
            throw new InvalidOperationException($"{path}: conceptScheme.id '{schemeId}' is not an SDMX id (a letter, then letters, digits, '_' or '-').");
        }

        var concepts = Names(path, Member(path, root, "concepts", JsonValueKind.Object), "concepts");
        var missing = FixedConcepts.Where(c => !concepts.Any(n => n.Key == c)).ToList();
        if (missing.Count > 0)
        {
            throw new InvalidOperationException($"{path}: concepts must name {string.Join(", ", missing)}.");
        }

        var frequencies = Names(path, Member(path, root, "frequencies", JsonValueKind.Object), "frequencies");
        if (frequencies.Count == 0 || frequencies.Any(f => !SdmxIds.IsCode(f.Key)))
        {
            throw new InvalidOperationException($"{path}: frequencies must map at least one SDMX code (A, Q, M …) to its name.");
        }

        return new SdmxDefinitions(
            agency, version, schemeId, Text(path, scheme, "name", "conceptScheme.name"),
            concepts.ToDictionary(c => c.Key, c => c.Value, StringComparer.Ordinal), frequencies);
    }

    private static JsonElement Member(string path, JsonElement parent, string name, JsonValueKind kind) =>
        parent.ValueKind == JsonValueKind.Object && parent.TryGetProperty(name, out var value) && value.ValueKind == kind
            ? value
            : throw new InvalidOperationException($"{path}: '{name}' is missing or is not a JSON {kind.ToString().ToLowerInvariant()}.");

    private static string Text(string path, JsonElement parent, string name, string? label = null)
    {
        var value = Member(path, parent, name, JsonValueKind.String).GetString()!.Trim();
        return value.Length > 0 ? value : throw new InvalidOperationException($"{path}: '{label ?? name}' is empty.");
    }

    private static List<KeyValuePair<string, string>> Names(string path, JsonElement map, string label) =>
        map.EnumerateObject().Select(p => new KeyValuePair<string, string>(
            p.Name,
            p.Value.ValueKind == JsonValueKind.String && p.Value.GetString()!.Trim().Length > 0
                ? p.Value.GetString()!.Trim()
                : throw new InvalidOperationException($"{path}: {label}.{p.Name} must be a non-empty name."))).ToList();
}
