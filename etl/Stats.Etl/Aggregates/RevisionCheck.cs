using System.Globalization;
using DuckDB.NET.Data;
using Stats.Etl.Contracts;
using Stats.Warehouse.Sql;

namespace Stats.Etl.Aggregates;

/// <summary>
/// Compares each exact cell with the same contract, period and coordinates in the latest earlier batch that holds
/// it. A change is a finding when it reaches both the absolute and the relative threshold (relative to the previous
/// value, at least 1), so that 2 → 3 does not flag while 200 → 300 does.
/// </summary>
internal static class RevisionCheck
{
    public static async Task<IReadOnlyList<AggregateFinding>> FindAsync(
        DuckDBConnection connection, SourceContract contract, IReadOnlyList<AggregateCell> cells, string fileName, CancellationToken cancellationToken)
    {
        var exact = cells.Where(c => c.IsExact).ToList();
        if (exact.Count == 0)
        {
            return [];
        }

        var previous = new Dictionary<(string Freq, int Year, int No, string Coordinates), (long Value, long Batch)>();
        await using (var command = connection.CreateCommand(
            """
            SELECT freq, "year", period_no, coordinates, CAST(value AS BIGINT), load_batch_key
            FROM stg_aggregate_cell
            WHERE contract_id = $contract AND "year" BETWEEN $first AND $last
            QUALIFY load_batch_key = max(load_batch_key) OVER (PARTITION BY freq, "year", period_no, coordinates) AND status = 'exact'
            """,
            ("contract", contract.Id), ("first", exact.Min(c => c.Period.Year)), ("last", exact.Max(c => c.Period.Year))))
        await using (var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false))
        {
            while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
            {
                previous[(reader.GetString(0), reader.GetInt32(1), reader.GetInt32(2), reader.GetString(3))] = (reader.GetInt64(4), reader.GetInt64(5));
            }
        }

        var rule = contract.Aggregate!.Checks.Revision;
        var findings = new List<AggregateFinding>();
        foreach (var cell in exact)
        {
            if (previous.TryGetValue((cell.Period.Freq, cell.Period.Year, cell.Period.No, cell.Coordinates), out var old))
            {
                var change = Math.Abs(cell.Value!.Value - old.Value);
                if (change > 0 && change >= rule.Absolute && change >= rule.Relative * Math.Max(Math.Abs(old.Value), 1))
                {
                    findings.Add(cell.Finding(AggregateFinding.Revision, old.Value, fileName, string.Create(CultureInfo.InvariantCulture,
                        $"{AggregateCellReader.Describe(cell)} is now {cell.Value}, was {old.Value} in batch {old.Batch} (change {cell.Value - old.Value:+0;-0}; thresholds {rule.Absolute} and {rule.Relative:P0}).")));
                }
            }
        }

        return findings;
    }
}
