using System.Globalization;
using System.Text;
using Stats.Warehouse.Exports.Bodies;
using Stats.Warehouse.Indicators;

namespace Stats.Warehouse.Exports.Formats;

/// <summary>
/// `glotip`: one glotip.csv in the UNODC GLOTIP bulk layout (Iso3_code … VALUE, Source) for the indicators and wording
/// of sql/exports/glotip.json. Annual cells only; grouped categories (forms of exploitation) are summed from the
/// published cells (<see cref="CellGrouping"/>). UTF-8 with a byte order mark, so Excel reads country names such as
/// Türkiye correctly.
/// </summary>
internal sealed class GlotipExport : IExportFormat
{
    public const string FileName = "glotip.csv";

    public string Id => "glotip";
    public string Description => "UNODC GLOTIP bulk layout (glotip.csv): detected victims, persons suspected, prosecuted and convicted, laid out in sql/exports/glotip.json.";
    public string? SingleFile => FileName;
    public string MediaType => "text/csv";

    public async Task WriteAsync(ExportContext context, CancellationToken ct)
    {
        var definition = await GlotipDefinition.ReadAsync(context.DefinitionsDirectory, ct).ConfigureAwait(false);
        var country = definition.Country(context.Vintage.ReportingCountry);
        var cubes = context.Cubes.ToDictionary(c => c.Indicator.Id, StringComparer.Ordinal);
        var indicators = definition.Indicators.Where(i => cubes.ContainsKey(i.Indicator)).ToList();
        if (indicators.Count == 0)
        {
            throw new ExportRequestException(
                $"glotip: none of the exported indicators ({string.Join(", ", cubes.Keys)}) has a GLOTIP indicator; glotip.json maps "
                + string.Join(", ", definition.Indicators.Select(i => i.Indicator)) + ".");
        }

        long rows = 0;
        await using (var stream = context.CreateFile(FileName))
        await using (var writer = new StreamWriter(stream, new UTF8Encoding(encoderShouldEmitUTF8Identifier: true)))
        {
            writer.NewLine = "\r\n";
            await writer.WriteLineAsync(CsvText.Line(GlotipDefinition.Header)).ConfigureAwait(false);
            foreach (var indicator in indicators)
            {
                var cube = cubes[indicator.Indicator];
                var cells = await CellGrouper.AnnualCellsAsync(context, cube, ct).ConfigureAwait(false);
                var source = definition.Sources.Text(cube.Indicator.Sources, cube.Indicator.Id);
                foreach (var dimension in definition.Dimensions)
                {
                    var where = $"{GlotipDefinition.FileName} dimension '{dimension.Dimension}' ({indicator.Indicator})";
                    foreach (var cell in CellGrouper.Group(cube, cells, dimension.Cells, definition.Columns(dimension), context.Role, where))
                    {
                        await writer.WriteLineAsync(CsvText.Line(
                        [
                            country.Iso3, country.Name, country.Region, country.Subregion, indicator.Text, dimension.Dimension,
                            dimension.Breakdown is null ? dimension.Category : cell.Codes[2], cell.Codes[0], cell.Codes[1],
                            cell.Year.ToString(CultureInfo.InvariantCulture), definition.Unit, Value(cell, cube.Indicator.DisclosureK, context.Role), source,
                        ])).ConfigureAwait(false);
                        rows++;
                    }
                }
            }
        }

        context.Record(FileName, null, rows);
    }

    /// <summary>
    /// The VALUE text. Public: a primary-suppressed cell (C, fewer than k persons) is written '&lt;k', as UNODC itself
    /// publishes small counts ('&lt;5'); that says no more than CONF_STATUS C. A secondary-suppressed cell (D), and a grouped
    /// category with a suppressed component, is left empty, because '&lt;k' would be false for it. Analysts get the raw value.
    /// </summary>
    internal static string Value(GroupedCell cell, int? k, IndicatorRole role)
    {
        if (cell.Value is { } value)
        {
            return CsvText.Number(value);
        }

        return role == IndicatorRole.Public && cell.ConfStatus == "C" && k is { } threshold
            ? "<" + threshold.ToString(CultureInfo.InvariantCulture)
            : string.Empty;
    }
}
