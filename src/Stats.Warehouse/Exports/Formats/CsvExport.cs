using System.Globalization;
using System.Text;

namespace Stats.Warehouse.Exports.Formats;

/// <summary>
/// `csv`: one &lt;ID&gt;.csv per indicator with the OData cube's columns, for spreadsheets and scripts. UTF-8 with a byte
/// order mark, because Excel reads a CSV without one in the local code page and breaks the labels; every CSV reader
/// used here (DuckDB, pandas, R) skips it.
/// </summary>
internal sealed class CsvExport : IExportFormat
{
    public string Id => "csv";
    public string Description => "One CSV per indicator with the OData cube's columns (codes, labels, value, flags).";
    public string? SingleFile => null;
    public string MediaType => "text/csv";

    public async Task WriteAsync(ExportContext context, CancellationToken ct)
    {
        foreach (var cube in context.Cubes)
        {
            long rows = 0;
            var file = cube.Indicator.Id + ".csv";
            await using (var stream = context.CreateFile(file, cube.Indicator.Id))
            await using (var writer = new StreamWriter(stream, new UTF8Encoding(encoderShouldEmitUTF8Identifier: true)))
            {
                writer.NewLine = "\r\n";
                await writer.WriteLineAsync(CsvText.Line(cube.Columns)).ConfigureAwait(false);
                await foreach (var cell in cube.ReadAsync(context.Snapshot, ct).ConfigureAwait(false))
                {
                    await writer.WriteLineAsync(CsvText.Line(Fields(cell))).ConfigureAwait(false);
                    rows++;
                }
            }

            context.Record(file, cube.Indicator.Id, rows);
        }
    }

    private static IEnumerable<string?> Fields(ExportCell cell)
    {
        yield return cell.CellKey;
        yield return cell.Frequency;
        yield return cell.TimePeriod;
        yield return cell.Year.ToString(CultureInfo.InvariantCulture);
        yield return cell.PeriodStart.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        yield return cell.PeriodEnd.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        for (var i = 0; i < cell.Codes.Count; i++)
        {
            yield return cell.Codes[i];
            yield return cell.Labels[i];
        }

        yield return CsvText.Number(cell.Value);
        yield return cell.Flags;
        yield return cell.ConfStatus;
        yield return cell.Unit;
        if (cell.Contributors is { } contributors)
        {
            yield return contributors.ToString(CultureInfo.InvariantCulture);
        }
    }
}
