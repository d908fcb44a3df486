using System.Globalization;
using System.Text;
using Stats.Warehouse.Exports.Bodies;

namespace Stats.Warehouse.Exports.Formats;

/// <summary>
/// `eurostat`: the EU THB data collection tables (registered victims; suspected, prosecuted and convicted persons) laid
/// out in sql/exports/eurostat.json, one SDMX-CSV file per table in Eurostat's convention (DATAFLOW, LAST UPDATE, freq,
/// dimensions, geo, TIME_PERIOD, OBS_VALUE, OBS_FLAG, CONF_STATUS). Annual cells only; grouped codes are summed from
/// the published cells (<see cref="CellGrouping"/>). UTF-8 without a byte order mark: the files are for Eurostat's
/// loaders, not for Excel, and hold only ASCII codes.
/// </summary>
internal sealed class EurostatExport : IExportFormat
{
    public string Id => "eurostat";
    public string Description => "EU THB data collection tables (crim_thb_*), one SDMX-CSV file per table, laid out in sql/exports/eurostat.json.";
    public string? SingleFile => null;
    public string MediaType => "text/csv";

    public async Task WriteAsync(ExportContext context, CancellationToken ct)
    {
        var definition = await EurostatDefinition.ReadAsync(context.DefinitionsDirectory, ct).ConfigureAwait(false);
        var geo = definition.GeoCode(context.Vintage.ReportingCountry);
        var lastUpdate = context.Vintage.PublishedAt.UtcDateTime.ToString("dd/MM/yy HH:mm:ss", CultureInfo.InvariantCulture);
        var cubes = context.Cubes.ToDictionary(c => c.Indicator.Id, StringComparer.Ordinal);
        var tables = definition.Tables.Where(t => t.LegStat.Values.Any(cubes.ContainsKey)).ToList();
        if (tables.Count == 0)
        {
            throw new ExportRequestException(
                $"eurostat: none of the exported indicators ({string.Join(", ", cubes.Keys)}) is in a Eurostat table; the tables count "
                + string.Join(", ", definition.Tables.SelectMany(t => t.LegStat.Values).Distinct()) + ".");
        }

        var annual = new Dictionary<string, IReadOnlyList<ExportCell>>(StringComparer.Ordinal);
        foreach (var table in tables)
        {
            var columns = table.Columns.Select(c => new BodyColumn(c.Breakdown, definition.CodeLists[c.CodeList])).ToList();
            var header = new List<string> { "DATAFLOW", "LAST UPDATE", "freq", "leg_stat" };
            header.AddRange(table.Columns.Select(c => c.Column));
            header.AddRange(["unit", "geo", "TIME_PERIOD", "OBS_VALUE", "OBS_FLAG", "CONF_STATUS"]);
            long rows = 0;
            await using (var stream = context.CreateFile(table.FileName))
            await using (var writer = new StreamWriter(stream, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false)))
            {
                writer.NewLine = "\r\n";
                await writer.WriteLineAsync(CsvText.Line(header)).ConfigureAwait(false);
                foreach (var (legStat, indicator) in table.LegStat)
                {
                    if (!cubes.TryGetValue(indicator, out var cube))
                    {
                        continue;
                    }

                    if (!annual.TryGetValue(indicator, out var cells))
                    {
                        cells = await CellGrouper.AnnualCellsAsync(context, cube, ct).ConfigureAwait(false);
                        annual.Add(indicator, cells);
                    }

                    var where = $"{EurostatDefinition.FileName} table '{table.Id}' ({legStat} = {indicator})";
                    foreach (var cell in CellGrouper.Group(cube, cells, table.Cells, columns, context.Role, where))
                    {
                        var fields = new List<string?> { definition.Dataflow(table), lastUpdate, definition.Freq, legStat };
                        fields.AddRange(cell.Codes);
                        fields.AddRange([
                            definition.Unit, geo, cell.Year.ToString(CultureInfo.InvariantCulture), CsvText.Number(cell.Value), cell.Flags, cell.ConfStatus]);
                        await writer.WriteLineAsync(CsvText.Line(fields)).ConfigureAwait(false);
                        rows++;
                    }
                }
            }

            // A table holds several indicators (one per leg_stat), so it is recorded without a single indicator id.
            context.Record(table.FileName, null, rows);
        }
    }
}
