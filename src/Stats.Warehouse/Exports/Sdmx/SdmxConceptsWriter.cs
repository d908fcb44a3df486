using System.Xml;

namespace Stats.Warehouse.Exports.Sdmx;

/// <summary>
/// str:Concepts: one concept scheme holding every concept the data structures use. A breakdown's concept takes its title
/// from the registry and, where the registry has one, its note (how its codes relate to the total) as description.
/// </summary>
internal static class SdmxConceptsWriter
{
    public static async Task WriteAsync(XmlWriter writer, ExportContext context, SdmxDefinitions definitions)
    {
        await SdmxXml.StartAsync(writer, "Concepts").ConfigureAwait(false);
        await SdmxXml.StartMaintainableAsync(writer, "ConceptScheme", definitions.ConceptSchemeId, definitions).ConfigureAwait(false);
        await SdmxXml.NameAsync(writer, definitions.ConceptSchemeName).ConfigureAwait(false);
        await ConceptAsync(writer, SdmxNames.Freq, definitions.ConceptName(SdmxNames.Freq), null).ConfigureAwait(false);
        foreach (var dimension in SdmxCodelists.UsedDimensions(context))
        {
            await ConceptAsync(writer, dimension.Id, dimension.Title, dimension.Note).ConfigureAwait(false);
        }

        foreach (var id in SdmxDefinitions.FixedConcepts.Where(c => c != SdmxNames.Freq))
        {
            await ConceptAsync(writer, id, definitions.ConceptName(id), null).ConfigureAwait(false);
        }

        if (context.Cubes.Any(SdmxNames.HasComments))
        {
            await ConceptAsync(writer, SdmxNames.CommentObs, definitions.ConceptName(SdmxNames.CommentObs), null).ConfigureAwait(false);
        }

        await writer.WriteEndElementAsync().ConfigureAwait(false);
        await writer.WriteEndElementAsync().ConfigureAwait(false);
    }

    private static async Task ConceptAsync(XmlWriter writer, string id, string name, string? description)
    {
        await SdmxXml.StartAsync(writer, "Concept").ConfigureAwait(false);
        await writer.WriteAttributeStringAsync(null, "id", null, id).ConfigureAwait(false);
        await SdmxXml.NameAsync(writer, name).ConfigureAwait(false);
        await SdmxXml.DescriptionAsync(writer, description).ConfigureAwait(false);
        await writer.WriteEndElementAsync().ConfigureAwait(false);
    }
}
