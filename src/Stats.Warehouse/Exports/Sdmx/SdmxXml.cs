using System.Xml;

namespace Stats.Warehouse.Exports.Sdmx;

/// <summary>
/// The SDMX-ML 2.1 namespaces and the small pieces every structure repeats: English names and descriptions, annotations,
/// and the unqualified &lt;Ref&gt; element that points at a concept, code list or data structure by agency, id and version.
/// </summary>
internal static class SdmxXml
{
    public const string Message = "http://www.sdmx.org/resources/sdmxml/schemas/v2_1/message";
    public const string Structure = "http://www.sdmx.org/resources/sdmxml/schemas/v2_1/structure";
    public const string Common = "http://www.sdmx.org/resources/sdmxml/schemas/v2_1/common";

    public static Task StartAsync(XmlWriter writer, string localName) => writer.WriteStartElementAsync("str", localName, Structure);

    /// <summary>A maintainable artefact's start tag: id, agencyID, version, and final because an export never changes afterwards.</summary>
    public static async Task StartMaintainableAsync(XmlWriter writer, string localName, string id, SdmxDefinitions definitions)
    {
        await StartAsync(writer, localName).ConfigureAwait(false);
        await writer.WriteAttributeStringAsync(null, "id", null, id).ConfigureAwait(false);
        await writer.WriteAttributeStringAsync(null, "agencyID", null, definitions.Agency).ConfigureAwait(false);
        await writer.WriteAttributeStringAsync(null, "version", null, definitions.Version).ConfigureAwait(false);
        await writer.WriteAttributeStringAsync(null, "isFinal", null, "true").ConfigureAwait(false);
    }

    public static Task NameAsync(XmlWriter writer, string text) => TextAsync(writer, "Name", text);

    public static Task DescriptionAsync(XmlWriter writer, string? text) =>
        string.IsNullOrWhiteSpace(text) ? Task.CompletedTask : TextAsync(writer, "Description", text);

    /// <summary>com:Annotations with one com:Annotation per (type, title, text); nothing when every text is empty.</summary>
    public static async Task AnnotationsAsync(XmlWriter writer, IEnumerable<(string Type, string? Title, string? Text)> annotations)
    {
        var written = false;
        foreach (var (type, title, text) in annotations.Where(a => !string.IsNullOrWhiteSpace(a.Text)))
        {
            if (!written)
            {
                await writer.WriteStartElementAsync("com", "Annotations", Common).ConfigureAwait(false);
                written = true;
            }

            await writer.WriteStartElementAsync("com", "Annotation", Common).ConfigureAwait(false);
            if (title is not null)
            {
                await writer.WriteElementStringAsync("com", "AnnotationTitle", Common, title).ConfigureAwait(false);
            }

            await writer.WriteElementStringAsync("com", "AnnotationType", Common, type).ConfigureAwait(false);
            await TextAsync(writer, "AnnotationText", text!).ConfigureAwait(false);
            await writer.WriteEndElementAsync().ConfigureAwait(false);
        }

        if (written)
        {
            await writer.WriteEndElementAsync().ConfigureAwait(false);
        }
    }

    /// <summary>A reference to a concept of the export's concept scheme.</summary>
    public static Task ConceptRefAsync(XmlWriter writer, string concept, SdmxDefinitions definitions) => RefAsync(writer,
        ("id", concept), ("maintainableParentID", definitions.ConceptSchemeId), ("maintainableParentVersion", definitions.Version),
        ("agencyID", definitions.Agency), ("package", "conceptscheme"), ("class", "Concept"));

    public static Task CodelistRefAsync(XmlWriter writer, string codelist, SdmxDefinitions definitions) => RefAsync(writer,
        ("id", codelist), ("version", definitions.Version), ("agencyID", definitions.Agency), ("package", "codelist"), ("class", "Codelist"));

    public static Task DataStructureRefAsync(XmlWriter writer, string dataStructure, SdmxDefinitions definitions) => RefAsync(writer,
        ("id", dataStructure), ("version", definitions.Version), ("agencyID", definitions.Agency), ("package", "datastructure"), ("class", "DataStructure"));

    /// <summary>A local reference inside a data structure (an attribute's relationship to the primary measure).</summary>
    public static Task LocalRefAsync(XmlWriter writer, string id) => RefAsync(writer, ("id", id));

    private static async Task TextAsync(XmlWriter writer, string localName, string text)
    {
        await writer.WriteStartElementAsync("com", localName, Common).ConfigureAwait(false);
        await writer.WriteAttributeStringAsync("xml", "lang", null, "en").ConfigureAwait(false);
        await writer.WriteStringAsync(text).ConfigureAwait(false);
        await writer.WriteEndElementAsync().ConfigureAwait(false);
    }

    // Ref is an unqualified element in SDMX-ML 2.1 (no namespace), unlike everything around it.
    private static async Task RefAsync(XmlWriter writer, params (string Name, string Value)[] attributes)
    {
        await writer.WriteStartElementAsync(null, "Ref", string.Empty).ConfigureAwait(false);
        foreach (var (name, value) in attributes)
        {
            await writer.WriteAttributeStringAsync(null, name, null, value).ConfigureAwait(false);
        }

        await writer.WriteEndElementAsync().ConfigureAwait(false);
    }
}
