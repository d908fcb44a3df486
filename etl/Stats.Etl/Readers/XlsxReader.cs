using System.Globalization;
using DuckDB.NET.Data;
using MiniExcelLibs;
using Stats.Etl.Contracts;

namespace Stats.Etl.Readers;

/// <summary>
/// Lands an XLSX delivery by streaming the contract's sheet with MiniExcel from its header row: date cells become
/// yyyy-MM-dd, numbers invariant text; completely empty rows are skipped and not counted as records.
/// </summary>
internal static class XlsxReader
{
    public static async Task<IReadOnlyList<RawTable>> LandAsync(
        DuckDBConnection connection, SourceContract contract, IReadOnlyList<ContractNode> nodes, string path, CancellationToken cancellationToken)
    {
        var landed = await LandFlatAsync(connection, contract, path, header => ColumnCheck.CheckFlat(Path.GetFileName(path), header, nodes), cancellationToken).ConfigureAwait(false);
        return FlatLayout.Tables(landed.Header, nodes, landed.RecordNumberSql);
    }

    /// <summary>
    /// Lands the contract's sheet in raw table 0 (columns c0, c1, … by header position) after
    /// <paramref name="checkHeader"/> accepted the header; the caller maps the columns.
    /// </summary>
    public static async Task<FlatLanding> LandFlatAsync(
        DuckDBConnection connection, SourceContract contract, string path, Action<IReadOnlyList<string>> checkHeader, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(checkHeader);
        var fileName = Path.GetFileName(path);
        var sheet = contract.Format.Sheet!;
        XlsxPackageCheck.Check(path, fileName);
        List<string> sheets;
        try
        {
            sheets = MiniExcel.GetSheetNames(path);
        }
        catch (Exception ex) when (IsParserFault(ex))
        {
            throw new DeliveryRefusedException(RefusalReasons.MalformedFile, $"{fileName}: not a readable XLSX workbook.");
        }

        if (!sheets.Contains(sheet, StringComparer.Ordinal))
        {
            throw new DeliveryRefusedException(RefusalReasons.MalformedFile, $"{fileName}: the workbook has no sheet '{sheet}' (it has {string.Join(", ", sheets.Select(s => $"'{s}'"))}).");
        }

        var startCell = "A" + contract.Format.HeaderRow.ToString(CultureInfo.InvariantCulture);
        using var rows = MiniExcel.Query(path, useHeaderRow: false, sheetName: sheet, startCell: startCell).Cast<IDictionary<string, object?>>().GetEnumerator();
        if (!Next(rows, fileName, sheet, 0))
        {
            throw new DeliveryRefusedException(RefusalReasons.MalformedFile, $"{fileName}: sheet '{sheet}' is empty (no header row {contract.Format.HeaderRow}).");
        }

        var letters = new List<string>();
        var header = new List<string>();
        foreach (var (letter, value) in rows.Current)
        {
            var text = Text(value)?.Trim();
            if (!string.IsNullOrEmpty(text))
            {
                letters.Add(letter);
                header.Add(text);
            }
        }

        checkHeader(header);
        var headed = letters.ToHashSet(StringComparer.Ordinal);
        long recordNumber = 0;
        using (var appender = await RawAppender.CreateAsync(connection, RawTable.NameOf(0), header.Count, withParent: false, cancellationToken).ConfigureAwait(false))
        {
            var values = new string?[header.Count];
            while (Next(rows, fileName, sheet, recordNumber))
            {
                cancellationToken.ThrowIfCancellationRequested();
                var row = rows.Current;
                if (row.Values.All(v => v is null || (v is string s && s.Length == 0)))
                {
                    continue;
                }

                recordNumber++;
                foreach (var (letter, value) in row)
                {
                    if (value is not null && !headed.Contains(letter) && Text(value) is { Length: > 0 })
                    {
                        throw new DeliveryRefusedException(RefusalReasons.MalformedFile,
                            $"{fileName}: record {recordNumber} has a value in column {letter}, which has no header.");
                    }
                }

                for (var i = 0; i < letters.Count; i++)
                {
                    values[i] = row.TryGetValue(letters[i], out var value) ? Text(value) : null;
                }

                appender.Append(recordNumber, null, values);
            }
        }

        return new FlatLanding(header, "r.record_number");
    }

    /// <summary>
    /// The next row from MiniExcel, which parses the sheet's XML as it goes: a fault there (XML cut short or not well
    /// formed, a cell reference or value it cannot read) means the delivered workbook is broken, and refuses it.
    /// </summary>
    private static bool Next(IEnumerator<IDictionary<string, object?>> rows, string fileName, string sheet, long recordsRead)
    {
        try
        {
            return rows.MoveNext();
        }
        catch (Exception ex) when (IsParserFault(ex))
        {
            var where = recordsRead == 0 ? "its header row" : string.Create(CultureInfo.InvariantCulture, $"after record {recordsRead}");
            throw new DeliveryRefusedException(RefusalReasons.MalformedFile, $"{fileName}: sheet '{sheet}' cannot be read at {where} ({ex.GetType().Name}).");
        }
    }

    /// <summary>Any exception of the workbook parser except the ones no file causes (cancellation, running out of memory).</summary>
    private static bool IsParserFault(Exception ex) => ex is not (OperationCanceledException or OutOfMemoryException or DeliveryRefusedException);

    private static string? Text(object? value) => value switch
    {
        null => null,
        string s => s,
        DateTime d => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        DateTimeOffset d => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        double d => d.ToString("R", CultureInfo.InvariantCulture),
        bool b => b ? "true" : "false",
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString(),
    };
}
