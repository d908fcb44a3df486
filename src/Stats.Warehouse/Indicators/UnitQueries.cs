using DuckDB.NET.Data;
using Stats.Core.Indicators;
using Stats.Warehouse.Sql;

namespace Stats.Warehouse.Indicators;

/// <summary>
/// Runs an indicator's unit query into a temporary table and checks its shape, so that a wrong definition stops the
/// publish with a message naming the indicator, the file and the column instead of publishing a wrong figure.
/// </summary>
internal static class UnitQueries
{
    /// <summary>Table name from the validated id (^[A-Z][0-9]{2}[A-Z]?$), never from a request.</summary>
    public static string TableOf(IndicatorDefinition indicator) => "units_" + indicator.Id;

    public static async Task RunAsync(
        DuckDBConnection writer, SqlFiles sql, IndicatorDefinition indicator, string reportingCountry, DateOnly asOf, CancellationToken ct)
    {
        var file = sql.Read(Path.Combine(IndicatorCatalogueFiles.Folder, indicator.Sql!));
        var text = file.Text.Trim().TrimEnd(';');
        var table = TableOf(indicator);
        try
        {
            await writer.ExecuteAsync(
                $"CREATE OR REPLACE TEMP TABLE {table} AS {text}", ct,
                ("reporting_country", reportingCountry), ("as_of", asOf.ToDateTime(TimeOnly.MinValue))).ConfigureAwait(false);
        }
        catch (DuckDBException e)
        {
            throw new IndicatorBuildException($"{indicator.Id}: unit query {indicator.Sql} failed: {e.Message}", e);
        }

        var columns = await ColumnsAsync(writer, table, ct).ConfigureAwait(false);
        var required = new List<string> { "unit_id", "ref_date" };
        required.AddRange(indicator.Breakdowns);
        required.AddRange(indicator.Measure switch
        {
            IndicatorMeasure.Sum or IndicatorMeasure.Max => ["value"],
            IndicatorMeasure.Ratio => ["numerator", "denominator"],
            _ => [],
        });
        foreach (var column in required.Where(c => !columns.ContainsKey(c)))
        {
            throw new IndicatorBuildException(
                $"{indicator.Id}: unit query {indicator.Sql} does not return column '{column}'; it returns {string.Join(", ", columns.Keys)}.");
        }

        if (!string.Equals(columns["ref_date"], "DATE", StringComparison.Ordinal))
        {
            throw new IndicatorBuildException($"{indicator.Id}: column 'ref_date' of {indicator.Sql} must be a DATE, not {columns["ref_date"]}.");
        }

        foreach (var column in required)
        {
            var nulls = await writer.ScalarAsync<long>($"SELECT count(*) FROM {table} WHERE \"{column}\" IS NULL", ct).ConfigureAwait(false);
            if (nulls > 0 && column is not ("value" or "numerator" or "denominator"))
            {
                throw new IndicatorBuildException($"{indicator.Id}: {nulls} row(s) of {indicator.Sql} have no '{column}' (use UNK for an unknown code).");
            }
        }

        // A ratio is over rows (e.g. one row per record and field checked), so several rows per unit are fine there.
        if (indicator.Measure is IndicatorMeasure.Sum or IndicatorMeasure.Max)
        {
            var duplicated = await writer.ScalarAsync<long>($"SELECT count(*) - count(DISTINCT unit_id) FROM {table}", ct).ConfigureAwait(false);
            if (duplicated > 0)
            {
                // A unit on two rows would be added twice into every total above the dimension that split it.
                throw new IndicatorBuildException(
                    $"{indicator.Id}: {indicator.Sql} returns {duplicated} unit(s) on more than one row; measure {indicator.Measure} needs one row per unit.");
            }
        }
    }

    private static async Task<Dictionary<string, string>> ColumnsAsync(DuckDBConnection writer, string table, CancellationToken ct)
    {
        var result = new Dictionary<string, string>(StringComparer.Ordinal);
        await using var command = writer.CreateCommand(
            "SELECT column_name, data_type FROM duckdb_columns() WHERE table_name = $table AND database_name = 'temp' ORDER BY column_index", ("table", table));
        await using var reader = await command.ExecuteReaderAsync(ct).ConfigureAwait(false);
        while (await reader.ReadAsync(ct).ConfigureAwait(false))
        {
            result[reader.GetString(0)] = reader.GetString(1);
        }

        return result;
    }
}
