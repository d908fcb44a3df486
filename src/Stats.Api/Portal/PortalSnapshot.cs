using System.Globalization;
using System.Text;
using DuckDB.NET.Data;
using Stats.Warehouse.Indicators;
using Stats.Warehouse.Sql;

namespace Stats.Api.Portal;

/// <summary>
/// What the portal reads from a served snapshot besides <see cref="IndicatorReader"/>: the vintage, every indicator's latest
/// annual total in one query, the published tables, and the sources' freshness through the public model's SourceFreshness set.
/// Only public columns (obs_value, obs_flag) are read here: the portal is public whatever key the caller holds.
/// </summary>
internal static class PortalSnapshot
{
    public static async Task<PortalVintage> VintageAsync(DuckDBConnection snapshot, CancellationToken ct)
    {
        await using var command = snapshot.CreateCommand("SELECT vintage_id, epoch_us(published_at), reporting_country FROM meta_vintage");
        await using var reader = await command.ExecuteReaderAsync(ct).ConfigureAwait(false);
        if (!await reader.ReadAsync(ct).ConfigureAwait(false))
        {
            throw new InvalidOperationException("The snapshot has no meta_vintage row.");
        }

        // Read as epoch microseconds: the instant, free of the session time zone.
        var published = DateTimeOffset.UnixEpoch.AddTicks(reader.GetInt64(1) * 10);
        return new PortalVintage(reader.GetInt32(0), published, reader.GetString(2));
    }

    /// <summary>
    /// The latest annual cell with every breakdown at <c>_T</c>, per indicator: one query for the whole catalogue. The same cell
    /// <see cref="IndicatorReader"/> returns for the indicator's total by year (the tests compare the two).
    /// </summary>
    public static async Task<IReadOnlyDictionary<string, IndicatorTotal>> LatestAnnualTotalsAsync(
        DuckDBConnection snapshot, IReadOnlyList<IndicatorColumn> dimensions, CancellationToken ct)
    {
        // Dimension identifiers come from the snapshot's own registry (validated when it was built), never from a request.
        var sql = new StringBuilder(
            """
            SELECT indicator_id, time_period, obs_value, obs_flag, conf_status
            FROM ind_cell
            WHERE freq = 'A'
            """);
        foreach (var d in dimensions)
        {
            sql.Append(CultureInfo.InvariantCulture, $" AND \"{d.Id.Replace("\"", "\"\"", StringComparison.Ordinal)}\" = '_T'");
        }

        sql.Append(" QUALIFY row_number() OVER (PARTITION BY indicator_id ORDER BY period_start DESC) = 1");
        var totals = new Dictionary<string, IndicatorTotal>(StringComparer.Ordinal);
        await using var command = snapshot.CreateCommand(sql.ToString());
        await using var reader = await command.ExecuteReaderAsync(ct).ConfigureAwait(false);
        while (await reader.ReadAsync(ct).ConfigureAwait(false))
        {
            var id = reader.GetString(0);
            totals[id] = new IndicatorTotal(id, reader.GetString(1), reader.IsDBNull(2) ? null : reader.GetDouble(2), reader.GetString(3), reader.GetString(4));
        }

        return totals;
    }

    /// <summary>The tables published for one indicator, the total first, then in the catalogue's order of breakdowns.</summary>
    public static async Task<IReadOnlyList<PublishedTable>> TablesAsync(DuckDBConnection snapshot, string indicatorId, CancellationToken ct)
    {
        var tables = new List<(string By, List<string> Frequencies)>();
        await using (var command = snapshot.CreateCommand(
            "SELECT table_by, freq FROM ind_table WHERE indicator_id = $id ORDER BY CASE freq WHEN 'A' THEN 0 WHEN 'Q' THEN 1 ELSE 2 END", ("id", indicatorId)))
        await using (var reader = await command.ExecuteReaderAsync(ct).ConfigureAwait(false))
        {
            while (await reader.ReadAsync(ct).ConfigureAwait(false))
            {
                var by = reader.GetString(0);
                var table = tables.FirstOrDefault(t => t.By == by);
                if (table.Frequencies is null)
                {
                    table = (by, []);
                    tables.Add(table);
                }

                table.Frequencies.Add(reader.GetString(1));
            }
        }

        return tables
            .OrderBy(t => t.By.Length == 0 ? 0 : t.By.Count(c => c == ',') + 1)
            .Select(t => new PublishedTable(t.By.Length == 0 ? [] : t.By.Split(','), t.Frequencies))
            .ToList();
    }

    /// <summary>Each source's punctuality as the served public model's SourceFreshness set shows it; empty when the set is absent.</summary>
    public static async Task<IReadOnlyList<SourceFreshnessRow>> FreshnessAsync(DuckDBConnection snapshot, ServedModel served, CancellationToken ct)
    {
        if (served.FindSet("SourceFreshness") is not { } set)
        {
            return [];
        }

        string Column(string name) => "\"" + set.Property(name).Column.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";

        // The relation and its columns come from the published model, never from a request.
        var sql = $"SELECT {Column("ContractId")}, {Column("SourceCode")}, {Column("Status")}, {Column("DaysSinceLastDelivery")}, " +
                  $"{Column("LastLoadedDate")}, {Column("AsOf")} FROM {set.Relation} AS f ORDER BY 1";
        var rows = new List<SourceFreshnessRow>();
        await using var command = snapshot.CreateCommand(sql);
        await using var reader = await command.ExecuteReaderAsync(ct).ConfigureAwait(false);
        while (await reader.ReadAsync(ct).ConfigureAwait(false))
        {
            rows.Add(new SourceFreshnessRow(
                reader.GetString(0), reader.GetString(1), reader.GetString(2),
                reader.IsDBNull(3) ? null : reader.GetDouble(3),
                reader.GetValue(4) switch
                {
                    DateOnly d => d,
                    DateTime t => DateOnly.FromDateTime(t),
                    _ => null,
                },
                reader.GetString(5)));
        }

        return rows;
    }
}
