using Stats.Warehouse.Exports.Greta;

namespace Stats.Warehouse.Exports.Formats;

/// <summary>
/// `greta`: the "Statistics on THB" annex of the GRETA evaluation questionnaire as one workbook, greta.xlsx, laid out by
/// sql/exports/greta.json: About, one sheet per table (years across, a flag column after each, Total from the cube's total
/// cell; an estimate table shows the estimate next to its known count, <see cref="GretaEstimateSheet"/>), then Definitions. A table whose indicator is not exported, or whose breakdown the cube does not publish at
/// annual frequency, is left out and listed with the reason on About, so a partial export still succeeds and says so.
/// </summary>
internal sealed class GretaExport : IExportFormat
{
    public const string FileName = "greta.xlsx";

    public string Id => "greta";
    public string Description => "GRETA questionnaire annex 'Statistics on THB': one XLSX workbook, a sheet per table, years across, flags and definitions.";
    public string? SingleFile => FileName;
    public string MediaType => "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    public async Task WriteAsync(ExportContext context, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(context);
        var definition = GretaDefinitionReader.Read(
            Path.Combine(context.DefinitionsDirectory, GretaDefinitionReader.FileName), context.Dimensions.Select(d => d.Id).ToList());
        var cells = new Dictionary<string, GretaCubeCells>(StringComparer.Ordinal);
        var filled = new List<GretaFilledTable>();
        var estimates = new List<(GretaTable Table, GretaSheet Sheet)>();
        var statuses = new List<(GretaTable Table, string Status)>();
        foreach (var table in definition.Tables)
        {
            var cube = context.Cubes.FirstOrDefault(c => c.Indicator.Id == table.Indicator);
            if (cube is null)
            {
                statuses.Add((table, $"left out: indicator {table.Indicator} is not in this export."));
                continue;
            }

            if (table.IsEstimate)
            {
                var sheet = await EstimateSheetAsync(table, cube, context, ct).ConfigureAwait(false);
                statuses.Add((table, sheet is null ? $"skipped: indicator {cube.Indicator.Id} has no estimate for the exported years." : "included"));
                if (sheet is not null)
                {
                    estimates.Add((table, sheet));
                }

                continue;
            }

            if (!cells.TryGetValue(cube.Indicator.Id, out var cubeCells))
            {
                cubeCells = await GretaCubeCells.ReadAsync(context, cube, ct).ConfigureAwait(false);
                cells.Add(cube.Indicator.Id, cubeCells);
            }

            var (result, skipped) = GretaTableBuilder.Build(table, cubeCells, context);
            if (result is null)
            {
                statuses.Add((table, skipped!));
                continue;
            }

            filled.Add(result);
            statuses.Add((table, "included"));
        }

        // Sheets in the definition's order, whatever their layout.
        var sheets = new List<GretaSheet> { GretaSheets.About(definition, context, statuses) };
        sheets.AddRange(definition.Tables.Select(t => filled.FirstOrDefault(f => f.Table == t) is { } f
            ? GretaSheets.Table(f, context)
            : estimates.FirstOrDefault(e => e.Table == t).Sheet).OfType<GretaSheet>());
        var tables = filled.Select(t => (t.Cube.Indicator.Id, t.Table.Id)).Concat(estimates.Select(e => (e.Table.Indicator, e.Table.Id))).ToList();
        var used = context.Cubes.Where(c => tables.Any(t => t.Item1 == c.Indicator.Id)).ToList();
        sheets.Add(GretaSheets.Definitions(used, tables));
        await using (var stream = context.CreateFile(FileName))
        {
            await GretaWorkbookWriter.WriteAsync(stream, sheets, definition.Title, context, ct).ConfigureAwait(false);
        }

        context.Record(FileName, null, filled.Sum(t => (long)t.Rows.Count) + (estimates.Count * (long)GretaEstimateSheet.Rows));
    }

    /// <summary>The estimate sheet, or null when the cube has no estimate for the exported years.</summary>
    private static async Task<GretaSheet?> EstimateSheetAsync(GretaTable table, ExportCube cube, ExportContext context, CancellationToken ct)
    {
        if (cube.Estimates.Count == 0)
        {
            return null;
        }

        var known = cube.Estimates[0].KnownIndicatorId;
        var catalogue = await Indicators.SnapshotCatalogue.IndicatorsAsync(context.Snapshot, ct).ConfigureAwait(false);
        return GretaEstimateSheet.Build(table, cube, catalogue.FirstOrDefault(i => i.Id == known)?.Title ?? known, context);
    }
}
