using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.CustomProperties;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using DocumentFormat.OpenXml.VariantTypes;

namespace Stats.Warehouse.Exports.Greta;

/// <summary>
/// Writes the sheets into one XLSX package with the core properties (title, creator "stats", created time, a description
/// naming vintage and role) and the export's provenance as custom properties, the same keys as metadata.json.
/// </summary>
internal static class GretaWorkbookWriter
{
    // The format id every custom document property carries (ECMA-376 part 1, custom file properties).
    private const string CustomPropertyFormat = "{D5CDD505-2E9C-101B-9397-08002B2CF9AE}";

    /// <summary>
    /// Builds the package in memory, then copies it to <paramref name="output"/>: System.IO.Packaging wants a readable,
    /// seekable stream, and the staged export file is opened write-only.
    /// </summary>
    public static async Task WriteAsync(Stream output, IReadOnlyList<GretaSheet> sheets, string title, ExportContext context, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(sheets);
        ArgumentNullException.ThrowIfNull(context);
        using var memory = new MemoryStream();
        using (var document = SpreadsheetDocument.Create(memory, SpreadsheetDocumentType.Workbook))
        {
            var workbook = document.AddWorkbookPart();
            workbook.Workbook = new Workbook();
            var styles = workbook.AddNewPart<WorkbookStylesPart>();
            styles.Stylesheet = GretaStyles.Create();
            var list = workbook.Workbook.AppendChild(new Sheets());
            uint id = 1;
            foreach (var sheet in sheets)
            {
                sheet.WriteTo(workbook, list, id++);
            }

            GretaCoreProperties.Write(document, title, "stats", context.CreatedAt, string.Create(System.Globalization.CultureInfo.InvariantCulture,
                $"{title}. Reporting country {context.Vintage.ReportingCountry}, vintage {context.Vintage.Id}, role {context.RoleWord}. {context.DisclosureNote}"));
            var custom = document.AddCustomFilePropertiesPart();
            custom.Properties = new Properties();
            var pid = 2;
            foreach (var (key, value) in context.Provenance())
            {
                custom.Properties.Append(new CustomDocumentProperty(new VTLPWSTR(value))
                {
                    FormatId = CustomPropertyFormat, PropertyId = pid++, Name = key,
                });
            }
        }

        memory.Position = 0;
        await memory.CopyToAsync(output, ct).ConfigureAwait(false);
    }
}
