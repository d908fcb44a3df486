using System.Globalization;
using System.Text;
using DuckDB.NET.Data;
using Stats.Core.Indicators;
using Stats.Warehouse.Sql;

namespace Stats.Warehouse.Indicators;

/// <summary>
/// Creates the published indicator tables. Their columns follow the dimension registry (one code column per
/// dimension), so they are created by the build rather than by a migration: adding a dimension is a data change.
/// ind_cell: the cubes; ind_code: codes and labels per dimension; ind_indicator, ind_table (with each table's source:
/// microdata, aggregate:&lt;contract-id&gt; or estimate:mse), ind_dimension: the catalogue as it was when the vintage was published;
/// ind_estimate: the metadata of estimated cells (<see cref="EstimateCube"/>).
/// </summary>
internal static class CubeTables
{
    public static async Task CreateAsync(DuckDBConnection writer, IndicatorCatalogue catalogue, CancellationToken ct)
    {
        var dims = string.Concat(catalogue.Dimensions.Select(d => $"    \"{d.Id}\" VARCHAR NOT NULL,\n"));
        await writer.ExecuteAsync(
            $"""
            CREATE OR REPLACE TABLE ind_cell (
                cell_id BIGINT NOT NULL, indicator_id VARCHAR NOT NULL, cell_key VARCHAR NOT NULL, table_by VARCHAR NOT NULL,
                freq VARCHAR NOT NULL, time_period VARCHAR NOT NULL, "year" INTEGER NOT NULL, period_no INTEGER NOT NULL,
                period_start DATE NOT NULL, period_end DATE NOT NULL,
            {dims}    contributors BIGINT NOT NULL, raw_value DOUBLE, obs_value DOUBLE, conf_status VARCHAR NOT NULL,
                obs_flag VARCHAR NOT NULL, analyst_flag VARCHAR NOT NULL, estimated BOOLEAN NOT NULL, unit VARCHAR NOT NULL);
            CREATE OR REPLACE TABLE ind_code (dimension VARCHAR NOT NULL, code VARCHAR NOT NULL, label VARCHAR NOT NULL, sort_order INTEGER);
            CREATE OR REPLACE TABLE ind_dimension (dimension VARCHAR NOT NULL, title VARCHAR NOT NULL, additive BOOLEAN NOT NULL, note VARCHAR, sort_order INTEGER NOT NULL);
            CREATE OR REPLACE TABLE ind_indicator (
                indicator_id VARCHAR NOT NULL, title VARCHAR NOT NULL, definition VARCHAR NOT NULL, unit VARCHAR NOT NULL,
                measure VARCHAR NOT NULL, factor DOUBLE NOT NULL, rate_numerator VARCHAR, breakdowns VARCHAR NOT NULL,
                sources VARCHAR NOT NULL, disclosure_rule VARCHAR NOT NULL, disclosure_k INTEGER, disclosure_reason VARCHAR,
                estimated BOOLEAN NOT NULL, "references" VARCHAR NOT NULL, notes VARCHAR);
            CREATE OR REPLACE TABLE ind_table (indicator_id VARCHAR NOT NULL, table_by VARCHAR NOT NULL, freq VARCHAR NOT NULL, source VARCHAR NOT NULL);
            {EstimateCube.CreateMetadata}
            """,
            ct).ConfigureAwait(false);

        var order = 0;
        foreach (var d in catalogue.Dimensions)
        {
            await writer.ExecuteAsync(
                "INSERT INTO ind_dimension VALUES ($id, $title, $additive, $note, $order)", ct,
                ("id", d.Id), ("title", d.Title), ("additive", d.Additive), ("note", d.Note), ("order", order++)).ConfigureAwait(false);
            try
            {
                await writer.ExecuteAsync(
                    $"INSERT INTO ind_code SELECT $id, CAST(code AS VARCHAR), CAST(label AS VARCHAR), CAST(sort_order AS INTEGER) FROM ({d.CodesSql}) AS codes",
                    ct, ("id", d.Id)).ConfigureAwait(false);
            }
            catch (DuckDBException e)
            {
                throw new IndicatorBuildException($"dimensions.json: the codes query of dimension '{d.Id}' failed: {e.Message}", e);
            }
        }
    }

    public static async Task WriteCatalogueAsync(DuckDBConnection writer, IndicatorCatalogue catalogue, int configuredK, CancellationToken ct)
    {
        foreach (var i in catalogue.Indicators)
        {
            await writer.ExecuteAsync(
                "INSERT INTO ind_indicator VALUES ($id, $title, $definition, $unit, $measure, $factor, $numerator, $breakdowns, $sources, $rule, $k, $reason, $estimated, $references, $notes)",
                ct,
                ("id", i.Id), ("title", i.Title), ("definition", i.Definition), ("unit", i.Unit),
                ("measure", i.Measure.ToString().ToUpperInvariant()), ("factor", i.Factor), ("numerator", i.Rate?.Numerator),
                ("breakdowns", string.Join(',', i.Breakdowns)), ("sources", string.Join(',', i.Sources)),
                ("rule", i.Disclosure.Threshold ? "threshold" : "none"),
                ("k", i.Disclosure.Threshold ? i.Disclosure.EffectiveK(configuredK) : null),
                ("reason", i.Disclosure.Reason), ("estimated", i.Estimated),
                ("references", References(i)), ("notes", i.Notes)).ConfigureAwait(false);
            foreach (var table in i.Tables)
            {
                foreach (var f in table.Frequencies)
                {
                    await writer.ExecuteAsync(
                        "INSERT INTO ind_table VALUES ($id, $by, $freq, $source)", ct,
                        ("id", i.Id), ("by", table.Name), ("freq", Frequencies.Code(f)), ("source", table.Source.Text)).ConfigureAwait(false);
                }
            }
        }

        // Codes seen in the data but absent from a code list still need a row, or a reader could not label them.
        foreach (var d in catalogue.Dimensions)
        {
            await writer.ExecuteAsync(
                $"""
                INSERT INTO ind_code
                SELECT DISTINCT $id, c."{d.Id}", c."{d.Id}", 9999 FROM ind_cell c
                WHERE c."{d.Id}" <> '_T' AND NOT EXISTS (SELECT 1 FROM ind_code k WHERE k.dimension = $id AND k.code = c."{d.Id}")
                """,
                ct, ("id", d.Id)).ConfigureAwait(false);
        }
    }

    private static string References(IndicatorDefinition indicator)
    {
        var text = new StringBuilder();
        foreach (var (body, reference) in indicator.References)
        {
            text.Append(CultureInfo.InvariantCulture, $"{(text.Length > 0 ? "; " : string.Empty)}{body}: {reference}");
        }

        return text.ToString();
    }
}
