using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using DuckDB.NET.Data;
using Stats.Etl.Contracts;
using Stats.Warehouse.Sql;

namespace Stats.Etl.Readers;

/// <summary>
/// Lands a CSV delivery with DuckDB's own reader (all VARCHAR, strict mode, no sniffing), after the header was
/// checked in .NET. No row passes through .NET: the only per-row work is DuckDB's.
/// </summary>
internal static partial class CsvReader
{
    public static async Task<IReadOnlyList<RawTable>> LandAsync(
        DuckDBConnection connection, SourceContract contract, IReadOnlyList<ContractNode> nodes, string path, CancellationToken cancellationToken)
    {
        var landed = await LandFlatAsync(connection, contract, path, header => ColumnCheck.CheckFlat(Path.GetFileName(path), header, nodes), cancellationToken).ConfigureAwait(false);
        return FlatLayout.Tables(landed.Header, nodes, landed.RecordNumberSql);
    }

    /// <summary>
    /// Lands the file in raw table 0 (columns c0, c1, … by header position) after <paramref name="checkHeader"/>
    /// accepted the header; the caller maps the columns (microdata nodes, or an aggregate return's layout).
    /// </summary>
    public static async Task<FlatLanding> LandFlatAsync(
        DuckDBConnection connection, SourceContract contract, string path, Action<IReadOnlyList<string>> checkHeader, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(checkHeader);
        var fileName = Path.GetFileName(path);
        var delimiter = contract.Format.Delimiter![0];
        var header = await CsvHeader.ReadAsync(path, delimiter, fileName, cancellationToken).ConfigureAwait(false);
        checkHeader(header);

        // The column names are generated (c0, c1, …), never taken from the file.
        var columns = new StringBuilder("{");
        for (var i = 0; i < header.Count; i++)
        {
            columns.Append(i == 0 ? string.Empty : ", ").Append('\'').Append(FlatLayout.ColumnName(i)).Append("': 'VARCHAR'");
        }

        columns.Append('}');
        var sql = $"""
            CREATE OR REPLACE TEMP TABLE {RawTable.NameOf(0)} AS
            SELECT * FROM read_csv($path, header = true, all_varchar = true, auto_detect = false, delim = $delim, quote = '"',
                                   escape = '"', strict_mode = true, encoding = 'utf-8', columns = {columns})
            """;
        try
        {
            await connection.ExecuteAsync(sql, cancellationToken, ("path", path), ("delim", delimiter.ToString())).ConfigureAwait(false);
        }
        catch (DuckDBException ex) when (ex.Message.Contains("CSV Error", StringComparison.Ordinal) || ex.Message.Contains("sniffing", StringComparison.Ordinal))
        {
            throw new DeliveryRefusedException(RefusalReasons.MalformedFile, $"{fileName}: {Describe(ex.Message)}");
        }

        // rowid follows file order (CREATE TABLE AS keeps insertion order) but need not start at 0 (inside a
        // transaction it starts at a transaction-local offset), so record numbers count from the first rowid.
        var first = await connection.ScalarAsync<long?>($"SELECT min(rowid) FROM {RawTable.NameOf(0)}", cancellationToken).ConfigureAwait(false) ?? 0;
        return new FlatLanding(header, $"(r.rowid - {(first - 1).ToString(CultureInfo.InvariantCulture)})");
    }

    /// <summary>DuckDB's message quotes the offending line; only the line number and the kind of fault are kept.</summary>
    internal static string Describe(string duckDbMessage)
    {
        var line = LineNumber().Match(duckDbMessage);
        var where = line.Success ? $"line {line.Groups[1].Value}: " : string.Empty;
        var count = ColumnCount().Match(duckDbMessage);
        if (count.Success)
        {
            return $"{where}expected {count.Groups[1].Value} columns but found {count.Groups[2].Value} (ragged row).";
        }

        if (duckDbMessage.Contains("unterminated quote", StringComparison.OrdinalIgnoreCase))
        {
            return $"{where}a quoted value is not closed.";
        }

        if (duckDbMessage.Contains("maximum line size", StringComparison.OrdinalIgnoreCase))
        {
            return $"{where}a line is longer than the CSV reader accepts.";
        }

        return $"{where}the CSV reader could not parse the file (quoting or delimiters do not follow the contract).";
    }

    [GeneratedRegex(@"CSV Error on Line: (\d+)")]
    private static partial Regex LineNumber();

    [GeneratedRegex(@"Expected Number of Columns: (\d+) Found: (\d+)")]
    private static partial Regex ColumnCount();
}
