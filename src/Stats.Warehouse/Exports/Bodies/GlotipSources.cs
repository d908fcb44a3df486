namespace Stats.Warehouse.Exports.Bodies;

/// <summary>How the Source column names an indicator's sources: a prefix and a text per source (organisation type) code.</summary>
public sealed record GlotipSources(string? Note, string Prefix, IReadOnlyDictionary<string, string> Texts)
{
    /// <summary>"National authorities: police; social care …" for an indicator's sources, in the indicator's order.</summary>
    public string Text(IReadOnlyList<string> sources, string indicator) =>
        Prefix + string.Join("; ", sources.Select(s => Texts.TryGetValue(s, out var text)
            ? text
            : throw new InvalidDataException(
                $"{GlotipDefinition.FileName} sources: indicator {indicator} has source '{s}', which has no text; add it to sources.texts.")));
}
