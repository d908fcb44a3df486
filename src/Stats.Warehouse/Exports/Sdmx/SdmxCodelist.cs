namespace Stats.Warehouse.Exports.Sdmx;

/// <summary>
/// One code list being assembled: the registry's codes first (in registry order), then any code a cube used that the
/// registry lacks, so every value written to a CSV is defined in the structure by construction. Two registry codes that
/// would become the same SDMX code are refused rather than merged.
/// </summary>
internal sealed class SdmxCodelist(string concept, string name)
{
    private readonly List<SdmxCode> codes = [];
    private readonly Dictionary<string, string> byRegistryCode = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> registryCodeById = new(StringComparer.Ordinal);

    public string Concept { get; } = concept;
    public string Id { get; } = SdmxNames.CodelistId(concept);
    public string Name { get; } = name;
    public IReadOnlyList<SdmxCode> Codes => codes;

    /// <summary>Adds the code if new and returns its SDMX id.</summary>
    public string Use(string registryCode, string label)
    {
        if (byRegistryCode.TryGetValue(registryCode, out var known))
        {
            return known;
        }

        var id = SdmxIds.Code(registryCode);
        if (registryCodeById.TryGetValue(id, out var other))
        {
            throw new InvalidOperationException(
                $"Code list {Id}: codes '{other}' and '{registryCode}' would both be written as SDMX code '{id}'; rename one of them in the registry.");
        }

        byRegistryCode[registryCode] = id;
        registryCodeById[id] = registryCode;
        codes.Add(new SdmxCode(id, string.IsNullOrWhiteSpace(label) ? registryCode : label, id == registryCode ? null : registryCode));
        return id;
    }
}
