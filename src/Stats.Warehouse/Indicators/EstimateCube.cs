using System.Globalization;
using System.Text;
using DuckDB.NET.Data;
using Stats.Core.Indicators;
using Stats.Warehouse.Estimation;
using Stats.Warehouse.Sql;

namespace Stats.Warehouse.Indicators;

/// <summary>
/// The cube of an indicator whose source is an estimate (V09, <c>estimate:mse</c>), from est_population_estimate: one
/// annual total cell per estimated year (raw_value the total, obs_value rounded to whole persons, CONF_STATUS F, flag e)
/// and, for a refused year, a cell without a value and without e (nothing was estimated). Next to it, ind_estimate: the
/// public-safe metadata of each year's estimate (interval rounded outwards, model, method, status, refusal reason and its
/// public text, the indicator of the known count) — never the persons seen or the input table. A lower bound that rounds
/// down to the persons seen (sparse data bound N only by what was seen) is the known count itself: lower_is_known says
/// so, and when the known count's published total is suppressed the bound is withheld, or it would publish that total.
/// Dimension columns come from the validated registry; values are parameters. Runs after the counted cubes, so the known
/// count's protection is final.
/// </summary>
internal static class EstimateCube
{
    public const string MetadataTable = "ind_estimate";

    public const string CreateMetadata =
        $"""
        CREATE OR REPLACE TABLE {MetadataTable} (
            indicator_id VARCHAR NOT NULL, "year" INTEGER NOT NULL, time_period VARCHAR NOT NULL, cell_key VARCHAR NOT NULL,
            value DOUBLE, lower DOUBLE, lower_is_known BOOLEAN, upper DOUBLE, confidence DOUBLE NOT NULL, model VARCHAR, criterion VARCHAR NOT NULL,
            interval_method VARCHAR NOT NULL, status VARCHAR NOT NULL, reason VARCHAR, reason_text VARCHAR, known_indicator_id VARCHAR NOT NULL);
        """;

    /// <summary>Writes the cells and the metadata; returns the number of cells.</summary>
    public static async Task<int> WriteAsync(DuckDBConnection writer, IndicatorCatalogue catalogue, IndicatorDefinition indicator, CancellationToken ct)
    {
        var offset = await writer.ScalarAsync<long>("SELECT coalesce(max(cell_id), 0) FROM ind_cell", ct).ConfigureAwait(false);
        var dimensions = string.Concat(catalogue.Dimensions.Select(d => $", '_T' AS \"{d.Id}\""));
        var cells = await writer.ExecuteAsync(
            $"""
            INSERT INTO ind_cell BY NAME
            SELECT CAST($offset AS BIGINT) + row_number() OVER (ORDER BY p."year") AS cell_id, CAST($indicator_id AS VARCHAR) AS indicator_id,
                   concat_ws('|', p.freq, p.time_period, '') AS cell_key, '' AS table_by, p.freq, p.time_period, p."year", p.period_no,
                   p.period_start, p.period_end{dimensions},
                   e.observed AS contributors, e.total AS raw_value, round(e.total) AS obs_value, 'F' AS conf_status,
                   '' AS obs_flag, '' AS analyst_flag, e.status = 'estimated' AS estimated, CAST($unit AS VARCHAR) AS unit
            FROM {PopulationEstimation.Table} e JOIN ind_period p ON p.freq = 'A' AND p."year" = e."year"
            """,
            ct, ("offset", offset), ("indicator_id", indicator.Id), ("unit", indicator.Unit)).ConfigureAwait(false);

        var (texts, parameters) = ReasonTexts();
        parameters.AddRange([("indicator_id", indicator.Id), ("known", indicator.Known)]);
        await writer.ExecuteAsync(
            $"""
            INSERT INTO {MetadataTable}
            SELECT $indicator_id, c."year", c.time_period, c.cell_key, c.obs_value,
                   CASE WHEN floor(e.lower) <= e.observed AND coalesce(k.conf_status, 'C') <> 'F' THEN NULL ELSE floor(e.lower) END,
                   floor(e.lower) <= e.observed, ceil(e.upper), e.confidence, e.model, e.criterion, e.interval_method, e.status, e.refusal_reason,
                   CASE WHEN e.status = 'refused' THEN coalesce(r.text, $fallback) END, $known
            FROM ind_cell c
            JOIN {PopulationEstimation.Table} e ON e."year" = c."year"
            LEFT JOIN ind_cell k ON k.indicator_id = $known AND k.cell_key = c.cell_key
            LEFT JOIN {texts} ON r.code = e.refusal_reason
            WHERE c.indicator_id = $indicator_id
            """,
            ct, [.. parameters, ("fallback", RefusalTexts.For(null))]).ConfigureAwait(false);
        return cells;
    }

    /// <summary>The public refusal texts as a VALUES relation of parameters.</summary>
    private static (string Relation, List<(string, object?)> Parameters) ReasonTexts()
    {
        var relation = new StringBuilder("(VALUES ");
        var parameters = new List<(string, object?)>();
        var i = 0;
        foreach (var (code, text) in RefusalTexts.All)
        {
            relation.Append(i > 0 ? ", " : string.Empty).Append(string.Create(CultureInfo.InvariantCulture, $"($code{i}, $text{i})"));
            parameters.Add((string.Create(CultureInfo.InvariantCulture, $"code{i}"), code));
            parameters.Add((string.Create(CultureInfo.InvariantCulture, $"text{i}"), text));
            i++;
        }

        return (relation.Append(") AS r(code, text)").ToString(), parameters);
    }
}
