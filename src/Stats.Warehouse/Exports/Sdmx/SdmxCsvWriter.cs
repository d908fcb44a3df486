using System.Globalization;
using System.Text;

namespace Stats.Warehouse.Exports.Sdmx;

/// <summary>
/// Writes one cube as &lt;ID&gt;.csv in Eurostat's SDMX-CSV layout. UTF-8 without a byte order mark and LF line ends, as
/// Eurostat's own SDMX-CSV files are: SDMX tools read the header's first column as DATAFLOW and a BOM would break that.
/// </summary>
internal static class SdmxCsvWriter
{
    public static async Task<long> WriteAsync(
        ExportContext context, ExportCube cube, SdmxDefinitions definitions, SdmxCodelists codelists, CancellationToken ct)
    {
        var id = cube.Indicator.Id;
        var dataflow = SdmxNames.DataflowReference(definitions, id);
        var lastUpdate = context.Vintage.PublishedAt.UtcDateTime.ToString(SdmxNames.LastUpdateFormat, CultureInfo.InvariantCulture);
        var geo = codelists.Geo.Codes[0].Id;
        var breakdowns = cube.Dimensions.Select(d => codelists.Dimension(d.Id)).ToArray();
        var fields = new string?[SdmxNames.Columns(cube).Count];
        long rows = 0;

        var file = id + ".csv";
        await using (var stream = context.CreateFile(file, id))
        await using (var writer = new StreamWriter(stream, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false)))
        {
            writer.NewLine = "\n";
            await writer.WriteLineAsync(CsvText.Line(SdmxNames.Columns(cube))).ConfigureAwait(false);
            await foreach (var cell in cube.ReadAsync(context.Snapshot, ct).ConfigureAwait(false))
            {
                var i = 0;
                fields[i++] = dataflow;
                fields[i++] = lastUpdate;
                fields[i++] = codelists.Frequency(cell.Frequency, id);
                for (var d = 0; d < breakdowns.Length; d++)
                {
                    fields[i++] = breakdowns[d].Use(cell.Codes[d], cell.Labels[d]);
                }

                fields[i++] = codelists.Unit.Use(cell.Unit, Indicators.IndicatorValueText.DescribeUnit(cell.Unit));
                fields[i++] = geo;
                fields[i++] = SdmxIds.TimePeriod(cell.Frequency, cell.TimePeriod, id, cell.CellKey);
                fields[i++] = CsvText.Number(cell.Value);
                fields[i++] = codelists.Flags(cell.Flags, id);
                fields[i++] = codelists.Status(cell.ConfStatus, id);
                if (SdmxNames.HasComments(cube))
                {
                    fields[i] = cube.EstimateOf(cell)?.Comment;
                }

                await writer.WriteLineAsync(CsvText.Line(fields)).ConfigureAwait(false);
                rows++;
            }
        }

        context.Record(file, id, rows);
        return rows;
    }
}
