using System.Globalization;
using System.Text;
using DuckDB.NET.Data;
using Stats.Etl.Contracts;
using Stats.Etl.Readers;
using Stats.Warehouse.Sql;

namespace Stats.Etl.Aggregates;

/// <summary>
/// Reads an aggregate return into memory through the microdata readers (so CSV quoting, strict parsing, XLSX
/// sheets and their refusals are the same): the header is checked against the contract's layout, the file landed
/// in raw table 0, read back in file order and the raw table dropped. Rows with no value at all are skipped.
/// </summary>
internal static class DeliveredTableReader
{
    public static async Task<DeliveredTable> ReadAsync(DuckDBConnection connection, SourceContract contract, string path, CancellationToken cancellationToken)
    {
        var fileName = Path.GetFileName(path);
        var layout = new AggregateLayout(contract);
        void Check(IReadOnlyList<string> header) => layout.CheckHeader(fileName, header);
        var raw = RawTable.NameOf(0);
        try
        {
            var landed = contract.Format.Type switch
            {
                "csv" => await CsvReader.LandFlatAsync(connection, contract, path, Check, cancellationToken).ConfigureAwait(false),
                "xlsx" => await XlsxReader.LandFlatAsync(connection, contract, path, Check, cancellationToken).ConfigureAwait(false),
                _ => throw new ContractException($"{contract.FilePath}: format.type: aggregate returns are read from csv or xlsx, not '{contract.Format.Type}'."),
            };
            return new DeliveredTable(landed.Header, await RowsAsync(connection, raw, landed, cancellationToken).ConfigureAwait(false));
        }
        finally
        {
            await connection.ExecuteAsync($"DROP TABLE IF EXISTS temp.main.{raw}", CancellationToken.None).ConfigureAwait(false);
        }
    }

    private static async Task<List<DeliveredRow>> RowsAsync(DuckDBConnection connection, string raw, FlatLanding landed, CancellationToken cancellationToken)
    {
        var columns = new StringBuilder();
        for (var i = 0; i < landed.Header.Count; i++)
        {
            columns.Append(", r.").Append(FlatLayout.ColumnName(i));
        }

        var rows = new List<DeliveredRow>();
        await using var command = connection.CreateCommand($"SELECT {landed.RecordNumberSql} AS record_number{columns} FROM {raw} r ORDER BY 1");
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            var values = new string[landed.Header.Count];
            for (var i = 0; i < values.Length; i++)
            {
                values[i] = reader.IsDBNull(i + 1) ? string.Empty : reader.GetString(i + 1);
            }

            if (values.Any(v => v.Trim().Length > 0))
            {
                rows.Add(new DeliveredRow(Convert.ToInt64(reader.GetValue(0), CultureInfo.InvariantCulture), values));
            }
        }

        return rows;
    }
}
