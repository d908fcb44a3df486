using System.Globalization;
using System.Text;
using System.Xml;

namespace Stats.Warehouse.Exports.Sdmx;

/// <summary>
/// structure.xml: one SDMX-ML 2.1 structure message describing every CSV of the export. The containers follow the order
/// of the 2.1 schema's StructuresType sequence (Dataflows, Codelists, Concepts, DataStructures), which a validating
/// receiver enforces.
/// </summary>
internal static class SdmxStructureWriter
{
    public const string FileName = "structure.xml";

    public static async Task WriteAsync(ExportContext context, SdmxDefinitions definitions, SdmxCodelists codelists, CancellationToken ct)
    {
        var settings = new XmlWriterSettings
        {
            Async = true,
            Indent = true,
            IndentChars = "  ",
            NewLineChars = "\n",
            Encoding = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false),
        };
        await using var stream = context.CreateFile(FileName);
        await using var writer = XmlWriter.Create(stream, settings);
        await writer.WriteStartDocumentAsync().ConfigureAwait(false);
        await writer.WriteStartElementAsync("mes", "Structure", SdmxXml.Message).ConfigureAwait(false);
        await writer.WriteAttributeStringAsync("xmlns", "str", null, SdmxXml.Structure).ConfigureAwait(false);
        await writer.WriteAttributeStringAsync("xmlns", "com", null, SdmxXml.Common).ConfigureAwait(false);
        await HeaderAsync(writer, context, definitions).ConfigureAwait(false);

        await writer.WriteStartElementAsync("mes", "Structures", SdmxXml.Message).ConfigureAwait(false);
        await DataflowsAsync(writer, context, definitions).ConfigureAwait(false);
        ct.ThrowIfCancellationRequested();
        await CodelistsAsync(writer, definitions, codelists).ConfigureAwait(false);
        await SdmxConceptsWriter.WriteAsync(writer, context, definitions).ConfigureAwait(false);
        await SdmxXml.StartAsync(writer, "DataStructures").ConfigureAwait(false);
        foreach (var cube in context.Cubes)
        {
            await SdmxDataStructureWriter.WriteAsync(writer, cube, definitions, codelists).ConfigureAwait(false);
        }

        await writer.WriteEndElementAsync().ConfigureAwait(false);
        await writer.WriteEndElementAsync().ConfigureAwait(false);
        await writer.WriteEndElementAsync().ConfigureAwait(false);
        await writer.WriteEndDocumentAsync().ConfigureAwait(false);
        await writer.FlushAsync().ConfigureAwait(false);
    }

    private static async Task HeaderAsync(XmlWriter writer, ExportContext context, SdmxDefinitions definitions)
    {
        var created = context.CreatedAt.UtcDateTime;
        await writer.WriteStartElementAsync("mes", "Header", SdmxXml.Message).ConfigureAwait(false);
        await writer.WriteElementStringAsync("mes", "ID", SdmxXml.Message, string.Create(CultureInfo.InvariantCulture,
            $"THB_SDMX_V{context.Vintage.Id}_{context.RoleWord.ToUpperInvariant()}_{created:yyyyMMddHHmmss}")).ConfigureAwait(false);
        await writer.WriteElementStringAsync("mes", "Test", SdmxXml.Message, "false").ConfigureAwait(false);
        await writer.WriteElementStringAsync("mes", "Prepared", SdmxXml.Message,
            created.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture)).ConfigureAwait(false);
        await writer.WriteStartElementAsync("mes", "Sender", SdmxXml.Message).ConfigureAwait(false);
        await writer.WriteAttributeStringAsync(null, "id", null, definitions.Agency).ConfigureAwait(false);
        await writer.WriteEndElementAsync().ConfigureAwait(false);
        await SdmxXml.NameAsync(writer, string.Create(CultureInfo.InvariantCulture,
            $"THB statistics of {context.Vintage.ReportingCountry}, vintage {context.Vintage.Id}, {context.RoleWord} export")).ConfigureAwait(false);
        await writer.WriteStartElementAsync("mes", "Source", SdmxXml.Message).ConfigureAwait(false);
        await writer.WriteAttributeStringAsync("xml", "lang", null, "en").ConfigureAwait(false);
        await writer.WriteStringAsync(context.DisclosureNote).ConfigureAwait(false);
        await writer.WriteEndElementAsync().ConfigureAwait(false);
        await writer.WriteEndElementAsync().ConfigureAwait(false);
    }

    private static async Task DataflowsAsync(XmlWriter writer, ExportContext context, SdmxDefinitions definitions)
    {
        await SdmxXml.StartAsync(writer, "Dataflows").ConfigureAwait(false);
        foreach (var cube in context.Cubes)
        {
            var indicator = cube.Indicator;
            await SdmxXml.StartMaintainableAsync(writer, "Dataflow", SdmxNames.DataflowId(indicator.Id), definitions).ConfigureAwait(false);
            await SdmxXml.AnnotationsAsync(writer,
            [
                ("UNIT", null, Indicators.IndicatorValueText.DescribeUnit(indicator.Unit)),
                ("MEASURE", null, indicator.Measure),
                ("SOURCES", null, string.Join(", ", indicator.Sources)),
                ("NOTES", null, indicator.Notes),
                ("DISCLOSURE", null, context.DisclosureNote),
                .. context.Provenance().Select(p => ("PROVENANCE", (string?)p.Key, (string?)p.Value)),
            ]).ConfigureAwait(false);
            await SdmxXml.NameAsync(writer, indicator.Title).ConfigureAwait(false);
            await SdmxXml.DescriptionAsync(writer, indicator.Definition).ConfigureAwait(false);
            await SdmxXml.StartAsync(writer, "Structure").ConfigureAwait(false);
            await SdmxXml.DataStructureRefAsync(writer, SdmxNames.DataStructureId(indicator.Id), definitions).ConfigureAwait(false);
            await writer.WriteEndElementAsync().ConfigureAwait(false);
            await writer.WriteEndElementAsync().ConfigureAwait(false);
        }

        await writer.WriteEndElementAsync().ConfigureAwait(false);
    }

    private static async Task CodelistsAsync(XmlWriter writer, SdmxDefinitions definitions, SdmxCodelists codelists)
    {
        await SdmxXml.StartAsync(writer, "Codelists").ConfigureAwait(false);
        foreach (var list in codelists.All)
        {
            await SdmxXml.StartMaintainableAsync(writer, "Codelist", list.Id, definitions).ConfigureAwait(false);
            await SdmxXml.NameAsync(writer, list.Name).ConfigureAwait(false);
            foreach (var code in list.Codes)
            {
                await SdmxXml.StartAsync(writer, "Code").ConfigureAwait(false);
                await writer.WriteAttributeStringAsync(null, "id", null, code.Id).ConfigureAwait(false);
                await SdmxXml.AnnotationsAsync(writer, [("REGISTRY_CODE", null, code.RegistryCode)]).ConfigureAwait(false);
                await SdmxXml.NameAsync(writer, code.Name).ConfigureAwait(false);
                await writer.WriteEndElementAsync().ConfigureAwait(false);
            }

            await writer.WriteEndElementAsync().ConfigureAwait(false);
        }

        await writer.WriteEndElementAsync().ConfigureAwait(false);
    }
}
