using System.Globalization;
using System.Text;
using DuckDB.NET.Data;
using Stats.Core.Indicators;
using Stats.Warehouse.Sql;

namespace Stats.Warehouse.Indicators;

/// <summary>
/// Reads one cube from a published vintage, as published: the catalogue, tables and cells all come from the
/// snapshot, so an old vintage is read with the definitions it was published with.
/// </summary>
public static class IndicatorReader
{
    public static async Task<IndicatorResult> ReadAsync(DuckDBConnection snapshot, IndicatorRequest request, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        ArgumentNullException.ThrowIfNull(request);
        var vintage = await snapshot.ScalarAsync<int>("SELECT vintage_id FROM meta_vintage", ct).ConfigureAwait(false);
        if (await snapshot.ScalarAsync<long>("SELECT count(*) FROM duckdb_tables() WHERE table_name = 'ind_cell'", ct).ConfigureAwait(false) == 0)
        {
            throw new IndicatorRequestException($"Vintage {vintage} was published before indicators were built; publish a new vintage.");
        }

        var indicator = await SnapshotCatalogue.IndicatorAsync(snapshot, request.Id, ct).ConfigureAwait(false);
        var dimensions = await SnapshotCatalogue.DimensionsAsync(snapshot, ct).ConfigureAwait(false);
        var (by, frequency) = Parse(indicator, dimensions, request.By);
        await CheckPublishedAsync(snapshot, indicator.Id, by, frequency, ct).ConfigureAwait(false);

        var columns = by.Select(b => dimensions.First(d => d.Id == b)).ToList();
        var rows = await RowsAsync(snapshot, indicator.Id, by, frequency, dimensions.Select(d => d.Id).ToList(), request.Role, ct).ConfigureAwait(false);
        return new IndicatorResult(
            vintage, indicator.Id, indicator.Title, indicator.Unit, Frequencies.Code(frequency), columns, rows, request.Role, indicator.Notes);
    }

    private static (List<string> By, Frequency Frequency) Parse(SnapshotIndicator indicator, IReadOnlyList<IndicatorColumn> dimensions, IReadOnlyList<string> words)
    {
        var frequency = Frequency.Annual;
        var times = 0;
        var by = new List<string>();
        foreach (var word in words.Select(w => w.Trim()).Where(w => w.Length > 0))
        {
            if (Frequencies.TryParseWord(word, out var f))
            {
                frequency = f;
                times++;
            }
            else if (!indicator.Breakdowns.Contains(word, StringComparer.Ordinal))
            {
                throw new IndicatorRequestException(
                    $"{indicator.Id} does not allow the breakdown '{word}'. Allowed: {string.Join(", ", indicator.Breakdowns)}, and one of year, quarter, month.");
            }
            else if (by.Contains(word, StringComparer.Ordinal))
            {
                throw new IndicatorRequestException($"The breakdown '{word}' is given twice.");
            }
            else
            {
                by.Add(word);
            }
        }

        if (times > 1)
        {
            throw new IndicatorRequestException("Give at most one of year, quarter, month.");
        }

        var order = dimensions.Select(d => d.Id).ToList();
        return (by.OrderBy(order.IndexOf).ToList(), frequency);
    }

    private static async Task CheckPublishedAsync(DuckDBConnection snapshot, string id, List<string> by, Frequency frequency, CancellationToken ct)
    {
        var tables = new List<string>();
        await using (var command = snapshot.CreateCommand(
            "SELECT table_by FROM ind_table WHERE indicator_id = $id AND freq = $freq ORDER BY table_by", ("id", id), ("freq", Frequencies.Code(frequency))))
        await using (var reader = await command.ExecuteReaderAsync(ct).ConfigureAwait(false))
        {
            while (await reader.ReadAsync(ct).ConfigureAwait(false))
            {
                tables.Add(reader.GetString(0));
            }
        }

        if (!tables.Any(t => by.All(b => t.Split(',').Contains(b, StringComparer.Ordinal))))
        {
            var word = Frequencies.Word(frequency);
            throw new IndicatorRequestException(tables.Count == 0
                ? $"{id} is not published by {word}."
                : $"{id} is not published by {string.Join(" × ", by)} per {word}. Published per {word}: " +
                  string.Join("; ", tables.Select(t => t.Length == 0 ? "total" : t.Replace(",", " × ", StringComparison.Ordinal))) + ".");
        }
    }

    private static async Task<List<IndicatorRow>> RowsAsync(
        DuckDBConnection snapshot, string id, List<string> by, Frequency frequency, List<string> allDimensions, IndicatorRole role, CancellationToken ct)
    {
        // Identifiers below come from the snapshot's own dimension registry, which was validated when it was built.
        var sql = new StringBuilder("SELECT c.time_period");
        for (var i = 0; i < by.Count; i++)
        {
            sql.Append(CultureInfo.InvariantCulture, $", c.\"{by[i]}\", coalesce(k{i}.label, CASE WHEN c.\"{by[i]}\" = '_T' THEN 'Total' ELSE c.\"{by[i]}\" END)");
        }

        sql.Append(role == IndicatorRole.Analyst ? ", c.raw_value, c.analyst_flag" : ", c.obs_value, c.obs_flag");
        sql.Append(", c.conf_status FROM ind_cell c");
        for (var i = 0; i < by.Count; i++)
        {
            sql.Append(CultureInfo.InvariantCulture, $" LEFT JOIN ind_code k{i} ON k{i}.dimension = '{by[i]}' AND k{i}.code = c.\"{by[i]}\"");
        }

        sql.Append(" WHERE c.indicator_id = $id AND c.freq = $freq");
        foreach (var d in allDimensions.Where(d => !by.Contains(d, StringComparer.Ordinal)))
        {
            sql.Append(CultureInfo.InvariantCulture, $" AND c.\"{d}\" = '_T'");
        }

        sql.Append(" ORDER BY c.period_start");
        for (var i = 0; i < by.Count; i++)
        {
            sql.Append(CultureInfo.InvariantCulture, $", CASE WHEN c.\"{by[i]}\" = '_T' THEN -1 ELSE coalesce(k{i}.sort_order, 9999) END, c.\"{by[i]}\"");
        }

        var rows = new List<IndicatorRow>();
        await using var command = snapshot.CreateCommand(sql.ToString(), ("id", id), ("freq", Frequencies.Code(frequency)));
        await using var reader = await command.ExecuteReaderAsync(ct).ConfigureAwait(false);
        while (await reader.ReadAsync(ct).ConfigureAwait(false))
        {
            var codes = new string[by.Count];
            var labels = new string[by.Count];
            for (var i = 0; i < by.Count; i++)
            {
                codes[i] = reader.GetString(1 + (2 * i));
                labels[i] = reader.GetString(2 + (2 * i));
            }

            var at = 1 + (2 * by.Count);
            rows.Add(new IndicatorRow(
                reader.GetString(0), codes, labels, reader.IsDBNull(at) ? null : reader.GetDouble(at), reader.GetString(at + 1), reader.GetString(at + 2)));
        }

        return rows;
    }
}
