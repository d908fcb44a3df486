using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using Stats.Warehouse.Exports.Columnar;

namespace Stats.Warehouse.Exports.Formats;

/// <summary>
/// `xlsx`: one &lt;ID&gt;.xlsx per indicator: sheet Data with the OData cube's columns (header row, then one row per cell;
/// numbers as numbers, a suppressed Value as an empty cell, PeriodStart and PeriodEnd as real dates shown yyyy-mm-dd),
/// sheet About with the provenance, definition, flag legend and disclosure note, and the workbook's core properties
/// (title, creator "stats", creation time, a description naming vintage and role). The Data sheet is streamed row by
/// row (<see cref="XlsxPackage"/>), so memory does not grow with the cube.
/// </summary>
internal sealed class XlsxExport : IExportFormat
{
    private const string DataSheet = "Data";
    private const string AboutSheet = "About";

    public string Id => "xlsx";
    public string Description => "One Excel workbook per indicator: the cube's cells on sheet Data, definitions and provenance on sheet About.";
    public string? SingleFile => null;
    public string MediaType => "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    public async Task WriteAsync(ExportContext context, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(context);
        foreach (var cube in context.Cubes)
        {
            var file = cube.Indicator.Id + ".xlsx";
            var (skeleton, dataPart) = Skeleton(context, cube);
            long rows = 0;
            await using (var stream = context.CreateFile(file, cube.Indicator.Id))
            {
                await XlsxPackage.WriteAsync(stream, skeleton, dataPart, async part => rows = await WriteDataAsync(part, context, cube, ct).ConfigureAwait(false), ct)
                    .ConfigureAwait(false);
            }

            context.Record(file, cube.Indicator.Id, rows);
        }
    }

    /// <summary>The whole workbook with an empty Data sheet, built in memory; returns it and the Data sheet's part URI.</summary>
    private static (byte[] Package, Uri DataPart) Skeleton(ExportContext context, ExportCube cube)
    {
        using var memory = new MemoryStream();
        Uri dataPart;
        using (var document = SpreadsheetDocument.Create(memory, SpreadsheetDocumentType.Workbook))
        {
            Properties(document, context, cube);
            var workbook = document.AddWorkbookPart();
            workbook.AddNewPart<WorkbookStylesPart>().Stylesheet = XlsxStyles.Create();
            var data = workbook.AddNewPart<WorksheetPart>();
            data.Worksheet = new Worksheet(new SheetData());
            dataPart = data.Uri;
            var about = workbook.AddNewPart<WorksheetPart>();
            WriteAbout(about, context, cube);
            workbook.Workbook = new Workbook(new Sheets(
                new Sheet { Name = DataSheet, SheetId = 1, Id = workbook.GetIdOfPart(data) },
                new Sheet { Name = AboutSheet, SheetId = 2, Id = workbook.GetIdOfPart(about) }));
        }

        return (memory.ToArray(), dataPart);
    }

    private static void Properties(SpreadsheetDocument document, ExportContext context, ExportCube cube)
    {
        var properties = document.PackageProperties;
        properties.Title = $"{cube.Indicator.Id} {cube.Indicator.Title}";
        properties.Creator = "stats";
        properties.Created = context.CreatedAt.UtcDateTime;
        properties.Description = FormattableString.Invariant(
            $"Vintage {context.Vintage.Id} (published {context.Vintage.PublishedAt.UtcDateTime:yyyy-MM-dd HH:mm:ss} UTC), {context.RoleWord} export. {context.DisclosureNote}");
    }

    private static async Task<long> WriteDataAsync(Stream part, ExportContext context, ExportCube cube, CancellationToken ct)
    {
        using var writer = OpenXmlWriter.Create(part);
        writer.WriteStartDocument();
        writer.WriteStartElement(new Worksheet());
        // Keep the header row in view while scrolling the cells.
        writer.WriteElement(new SheetViews(new SheetView(
            new Pane { VerticalSplit = 1, TopLeftCell = "A2", ActivePane = PaneValues.BottomLeft, State = PaneStateValues.Frozen })
        { TabSelected = true, WorkbookViewId = 0 }));
        writer.WriteStartElement(new SheetData());
        var rows = new XlsxRowWriter(writer, DataSheet);
        rows.StartRow();
        foreach (var column in cube.Columns)
        {
            rows.Text(column, XlsxStyles.Header);
        }

        rows.EndRow();
        long cells = 0;
        await foreach (var cell in cube.ReadAsync(context.Snapshot, ct).ConfigureAwait(false))
        {
            rows.StartRow();
            rows.Text(cell.CellKey);
            rows.Text(cell.Frequency);
            rows.Text(cell.TimePeriod);
            rows.Number(cell.Year);
            rows.Date(cell.PeriodStart);
            rows.Date(cell.PeriodEnd);
            for (var i = 0; i < cell.Codes.Count; i++)
            {
                rows.Text(cell.Codes[i]);
                rows.Text(cell.Labels[i]);
            }

            rows.Number(cell.Value);
            rows.Text(cell.Flags);
            rows.Text(cell.ConfStatus);
            rows.Text(cell.Unit);
            if (cell.Contributors is { } contributors)
            {
                rows.Number(contributors);
            }

            rows.EndRow();
            cells++;
        }

        writer.WriteEndElement();
        writer.WriteEndElement();
        return cells;
    }

    private static void WriteAbout(WorksheetPart part, ExportContext context, ExportCube cube)
    {
        using var writer = OpenXmlWriter.Create(part);
        writer.WriteStartElement(new Worksheet());
        writer.WriteElement(new Columns(
            new Column { Min = 1, Max = 1, Width = 28, CustomWidth = true },
            new Column { Min = 2, Max = 2, Width = 110, CustomWidth = true }));
        writer.WriteStartElement(new SheetData());
        var rows = new XlsxRowWriter(writer, AboutSheet);
        rows.StartRow();
        rows.Text("Item", XlsxStyles.Header);
        rows.Text("Text", XlsxStyles.Header);
        rows.EndRow();
        foreach (var (item, text) in XlsxAboutSheet.Rows(context, cube))
        {
            rows.StartRow();
            rows.Text(item);
            rows.Text(text, XlsxStyles.Wrapped);
            rows.EndRow();
        }

        writer.WriteEndElement();
        writer.WriteEndElement();
    }
}
