using System.Globalization;
using System.Text;
using DuckDB.NET.Data;
using Stats.Etl.Contracts;
using Stats.Warehouse.Sql;

namespace Stats.Etl.Aggregates;

/// <summary>
/// Writes a prepared return's cells (stg_aggregate_cell) and findings (meta_aggregate_finding) inside the batch's
/// transaction, as multi-row INSERTs with every value a parameter (returns are small: a few hundred cells).
/// </summary>
internal static class AggregateWriter
{
    private const int RowsPerStatement = 100;

    public static async Task WriteAsync(DuckDBConnection writer, SourceContract contract, PreparedReturn prepared, long batchKey, CancellationToken cancellationToken)
    {
        var spec = contract.Aggregate!;
        await InsertAsync(writer, "stg_aggregate_cell",
            "load_batch_key, contract_id, source_code, indicator_id, unit, record_number, column_name, freq, \"year\", period_no, coordinates, " +
            "value, status, lower_bound, upper_bound, token, missing_reason",
            prepared.Cells.Select(c => new object?[]
            {
                batchKey, contract.Id, contract.Source.Code, spec.Indicator, spec.Unit, c.RecordNumber, c.Column, c.Period.Freq, c.Period.Year,
                c.Period.No, c.Coordinates, (double?)c.Value, c.Status.ToString().ToLowerInvariant(), (double?)c.Lower, (double?)c.Upper, c.Token, c.MissingReason,
            }), cancellationToken).ConfigureAwait(false);
        await InsertAsync(writer, "meta_aggregate_finding",
            "load_batch_key, contract_id, check_code, freq, \"year\", period_no, coordinates, stated, expected, record_number, column_name, message",
            prepared.Findings.Select(f => new object?[]
            {
                batchKey, contract.Id, f.CheckCode, f.Freq, f.Year, f.PeriodNo, f.Coordinates, (double?)f.Stated, (double?)f.Expected, f.RecordNumber,
                f.ColumnName, f.Message,
            }), cancellationToken).ConfigureAwait(false);
    }

    private static async Task InsertAsync(DuckDBConnection writer, string table, string columns, IEnumerable<object?[]> rows, CancellationToken cancellationToken)
    {
        foreach (var chunk in rows.Chunk(RowsPerStatement))
        {
            var sql = new StringBuilder($"INSERT INTO {table} ({columns}) VALUES ");
            var parameters = new List<(string Name, object? Value)>();
            for (var r = 0; r < chunk.Length; r++)
            {
                sql.Append(r == 0 ? "(" : ", (");
                for (var v = 0; v < chunk[r].Length; v++)
                {
                    var name = string.Create(CultureInfo.InvariantCulture, $"p{parameters.Count}");
                    sql.Append(v == 0 ? "$" : ", $").Append(name);
                    parameters.Add((name, chunk[r][v]));
                }

                sql.Append(')');
            }

            await writer.ExecuteAsync(sql.ToString(), cancellationToken, [.. parameters]).ConfigureAwait(false);
        }
    }
}
