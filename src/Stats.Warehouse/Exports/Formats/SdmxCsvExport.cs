using Stats.Warehouse.Exports.Sdmx;
using Stats.Warehouse.Sql;

namespace Stats.Warehouse.Exports.Formats;

/// <summary>
/// `sdmx-csv`: one &lt;ID&gt;.csv per indicator in Eurostat's SDMX-CSV layout (DATAFLOW, LAST UPDATE, freq, breakdowns,
/// unit, geo, TIME_PERIOD, OBS_VALUE, OBS_FLAG, CONF_STATUS, and for an estimated indicator COMMENT_OBS with the interval,
/// model and method of each year's estimate) and one SDMX-ML 2.1 structure.xml with the dataflows, data
/// structures, code lists and concepts that describe them, so a receiving SDMX system can load the files without a
/// hand-made mapping. Agency and version come from sql/exports/sdmx.json.
/// </summary>
internal sealed class SdmxCsvExport : IExportFormat
{
    public string Id => "sdmx-csv";
    public string Description => "SDMX-CSV per indicator (Eurostat columns) with an SDMX-ML 2.1 structure.xml (dataflows, DSDs, code lists).";
    public string? SingleFile => null;
    public string MediaType => "text/csv";

    public async Task WriteAsync(ExportContext context, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(context);
        var definitions = await SdmxDefinitions.LoadAsync(context.DefinitionsDirectory, ct).ConfigureAwait(false);
        CheckDimensionIds(context);
        if (context.Cubes.Any(SdmxNames.HasComments) && !definitions.Concepts.ContainsKey(SdmxNames.CommentObs))
        {
            throw new InvalidOperationException(
                $"{SdmxDefinitions.FileName}: 'concepts' must name {SdmxNames.CommentObs}: estimated indicators ({string.Join(", ", context.Cubes.Where(SdmxNames.HasComments).Select(c => c.Indicator.Id))}) carry their interval and model in it.");
        }

        var codelists = new SdmxCodelists(definitions, context, await CountryNameAsync(context, ct).ConfigureAwait(false));
        foreach (var cube in context.Cubes)
        {
            // The indicator's unit is listed even when its cube has no rows for the requested years.
            codelists.Unit.Use(cube.Indicator.Unit, Indicators.IndicatorValueText.DescribeUnit(cube.Indicator.Unit));
            await SdmxCsvWriter.WriteAsync(context, cube, definitions, codelists, ct).ConfigureAwait(false);
        }

        await SdmxStructureWriter.WriteAsync(context, definitions, codelists, ct).ConfigureAwait(false);
    }

    /// <summary>A breakdown id is a CSV column and a DSD dimension id: it must be an SDMX id and must not shadow a fixed column.</summary>
    private static void CheckDimensionIds(ExportContext context)
    {
        foreach (var dimension in SdmxCodelists.UsedDimensions(context))
        {
            if (!SdmxIds.IsNcName(dimension.Id) || SdmxDefinitions.FixedConcepts.Contains(dimension.Id))
            {
                throw new InvalidOperationException(
                    $"Dimension '{dimension.Id}' cannot be an SDMX dimension: it must start with a letter, hold only letters, digits, '_' or '-', and not be one of {string.Join(", ", SdmxDefinitions.FixedConcepts)}.");
            }
        }
    }

    /// <summary>The reporting country's English name from the snapshot's dim_country, for CL_GEO; the code itself when absent.</summary>
    private static async Task<string> CountryNameAsync(ExportContext context, CancellationToken ct)
    {
        var code = context.Vintage.ReportingCountry;
        var hasTable = await context.Snapshot.ScalarAsync<long>(
            "SELECT count(*) FROM information_schema.tables WHERE table_name = 'dim_country'", ct).ConfigureAwait(false) > 0;
        if (!hasTable)
        {
            return code;
        }

        var name = await context.Snapshot.ScalarAsync<string>(
            "SELECT label_en FROM dim_country WHERE country_code = $code", ct, ("code", code)).ConfigureAwait(false);
        return string.IsNullOrWhiteSpace(name) ? code : name;
    }
}
