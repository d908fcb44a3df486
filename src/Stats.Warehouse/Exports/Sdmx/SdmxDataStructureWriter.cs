using System.Xml;

namespace Stats.Warehouse.Exports.Sdmx;

/// <summary>
/// One str:DataStructure (DSD_THB_&lt;ID&gt;): the dimensions in the CSV's column order, each enumerated by its code list;
/// TIME_PERIOD as the time dimension; OBS_FLAG and CONF_STATUS as observation-level attributes (and, for an estimated
/// indicator, COMMENT_OBS as free text: its interval, model and method); OBS_VALUE as the primary measure. A non-additive breakdown carries its registry note, so a receiver does not sum its codes into the total.
/// </summary>
internal static class SdmxDataStructureWriter
{
    public static async Task WriteAsync(XmlWriter writer, ExportCube cube, SdmxDefinitions definitions, SdmxCodelists codelists)
    {
        await SdmxXml.StartMaintainableAsync(writer, "DataStructure", SdmxNames.DataStructureId(cube.Indicator.Id), definitions).ConfigureAwait(false);
        await SdmxXml.NameAsync(writer, cube.Indicator.Title).ConfigureAwait(false);
        await SdmxXml.StartAsync(writer, "DataStructureComponents").ConfigureAwait(false);

        await SdmxXml.StartAsync(writer, "DimensionList").ConfigureAwait(false);
        await writer.WriteAttributeStringAsync(null, "id", null, "DimensionDescriptor").ConfigureAwait(false);
        var position = 1;
        foreach (var id in SdmxNames.Dimensions(cube))
        {
            var breakdown = cube.Dimensions.FirstOrDefault(d => d.Id == id);
            await SdmxXml.StartAsync(writer, "Dimension").ConfigureAwait(false);
            await writer.WriteAttributeStringAsync(null, "id", null, id).ConfigureAwait(false);
            await writer.WriteAttributeStringAsync(null, "position", null, Position(position++)).ConfigureAwait(false);
            if (breakdown is { Additive: false })
            {
                await SdmxXml.AnnotationsAsync(writer, [("NON_ADDITIVE", "Codes do not add up to the total", breakdown.Note ?? breakdown.Title)]).ConfigureAwait(false);
            }

            await ConceptIdentityAsync(writer, id, definitions).ConfigureAwait(false);
            await EnumerationAsync(writer, codelists.ForDimension(id).Id, definitions).ConfigureAwait(false);
            await writer.WriteEndElementAsync().ConfigureAwait(false);
        }

        await SdmxXml.StartAsync(writer, "TimeDimension").ConfigureAwait(false);
        await writer.WriteAttributeStringAsync(null, "id", null, SdmxNames.TimePeriod).ConfigureAwait(false);
        await writer.WriteAttributeStringAsync(null, "position", null, Position(position)).ConfigureAwait(false);
        await ConceptIdentityAsync(writer, SdmxNames.TimePeriod, definitions).ConfigureAwait(false);
        await TextFormatAsync(writer, "ObservationalTimePeriod").ConfigureAwait(false);
        await writer.WriteEndElementAsync().ConfigureAwait(false);
        await writer.WriteEndElementAsync().ConfigureAwait(false);

        await SdmxXml.StartAsync(writer, "AttributeList").ConfigureAwait(false);
        await writer.WriteAttributeStringAsync(null, "id", null, "AttributeDescriptor").ConfigureAwait(false);
        await AttributeAsync(writer, SdmxNames.ObsFlag, "Conditional", codelists.ObsFlag.Id, definitions).ConfigureAwait(false);
        await AttributeAsync(writer, SdmxNames.ConfStatus, "Mandatory", codelists.ConfStatus.Id, definitions).ConfigureAwait(false);
        if (SdmxNames.HasComments(cube))
        {
            await AttributeAsync(writer, SdmxNames.CommentObs, "Conditional", null, definitions).ConfigureAwait(false);
        }

        await writer.WriteEndElementAsync().ConfigureAwait(false);

        await SdmxXml.StartAsync(writer, "MeasureList").ConfigureAwait(false);
        await writer.WriteAttributeStringAsync(null, "id", null, "MeasureDescriptor").ConfigureAwait(false);
        await SdmxXml.StartAsync(writer, "PrimaryMeasure").ConfigureAwait(false);
        await writer.WriteAttributeStringAsync(null, "id", null, SdmxNames.ObsValue).ConfigureAwait(false);
        await ConceptIdentityAsync(writer, SdmxNames.ObsValue, definitions).ConfigureAwait(false);
        await TextFormatAsync(writer, "Double").ConfigureAwait(false);
        await writer.WriteEndElementAsync().ConfigureAwait(false);
        await writer.WriteEndElementAsync().ConfigureAwait(false);

        await writer.WriteEndElementAsync().ConfigureAwait(false);
        await writer.WriteEndElementAsync().ConfigureAwait(false);
    }

    /// <summary>An observation-level attribute, coded by <paramref name="codelist"/> or, when null, free text (an observation comment).</summary>
    private static async Task AttributeAsync(XmlWriter writer, string id, string assignment, string? codelist, SdmxDefinitions definitions)
    {
        await SdmxXml.StartAsync(writer, "Attribute").ConfigureAwait(false);
        await writer.WriteAttributeStringAsync(null, "id", null, id).ConfigureAwait(false);
        await writer.WriteAttributeStringAsync(null, "assignmentStatus", null, assignment).ConfigureAwait(false);
        await ConceptIdentityAsync(writer, id, definitions).ConfigureAwait(false);
        if (codelist is null)
        {
            await TextFormatAsync(writer, "String").ConfigureAwait(false);
        }
        else
        {
            await EnumerationAsync(writer, codelist, definitions).ConfigureAwait(false);
        }

        await SdmxXml.StartAsync(writer, "AttributeRelationship").ConfigureAwait(false);
        await SdmxXml.StartAsync(writer, "PrimaryMeasure").ConfigureAwait(false);
        await SdmxXml.LocalRefAsync(writer, SdmxNames.ObsValue).ConfigureAwait(false);
        await writer.WriteEndElementAsync().ConfigureAwait(false);
        await writer.WriteEndElementAsync().ConfigureAwait(false);
        await writer.WriteEndElementAsync().ConfigureAwait(false);
    }

    private static async Task ConceptIdentityAsync(XmlWriter writer, string concept, SdmxDefinitions definitions)
    {
        await SdmxXml.StartAsync(writer, "ConceptIdentity").ConfigureAwait(false);
        await SdmxXml.ConceptRefAsync(writer, concept, definitions).ConfigureAwait(false);
        await writer.WriteEndElementAsync().ConfigureAwait(false);
    }

    private static async Task EnumerationAsync(XmlWriter writer, string codelist, SdmxDefinitions definitions)
    {
        await SdmxXml.StartAsync(writer, "LocalRepresentation").ConfigureAwait(false);
        await SdmxXml.StartAsync(writer, "Enumeration").ConfigureAwait(false);
        await SdmxXml.CodelistRefAsync(writer, codelist, definitions).ConfigureAwait(false);
        await writer.WriteEndElementAsync().ConfigureAwait(false);
        await writer.WriteEndElementAsync().ConfigureAwait(false);
    }

    private static async Task TextFormatAsync(XmlWriter writer, string textType)
    {
        await SdmxXml.StartAsync(writer, "LocalRepresentation").ConfigureAwait(false);
        await SdmxXml.StartAsync(writer, "TextFormat").ConfigureAwait(false);
        await writer.WriteAttributeStringAsync(null, "textType", null, textType).ConfigureAwait(false);
        await writer.WriteEndElementAsync().ConfigureAwait(false);
        await writer.WriteEndElementAsync().ConfigureAwait(false);
    }

    private static string Position(int position) => position.ToString(System.Globalization.CultureInfo.InvariantCulture);
}
