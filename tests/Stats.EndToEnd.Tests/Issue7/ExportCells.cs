using System.Globalization;
using DuckDB.NET.Data;

namespace Stats.EndToEnd.Tests.Issue7;

/// <summary>
/// Cells read back from an export by an independent reader, as invariant text per column, and their comparison with the
/// OData answer: same CellKeys, and for every column the feed serves the same value (numbers compared as doubles).
/// </summary>
internal static class ExportCells
{
    /// <summary>A value as comparable text: null and empty alike, numbers round-trip, dates yyyy-MM-dd.</summary>
    public static string Text(object? value) => value switch
    {
        null or DBNull => "",
        string s => s,
        double d => d.ToString("R", CultureInfo.InvariantCulture),
        float f => ((double)f).ToString("R", CultureInfo.InvariantCulture),
        decimal m => ((double)m).ToString("R", CultureInfo.InvariantCulture),
        DateTime t => t.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        DateOnly d => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString() ?? "",
    };

    /// <summary>Rows of a query on an in-memory DuckDB (read_csv, read_parquet …), every value as text.</summary>
    public static List<Dictionary<string, string>> Query(string sql)
    {
        using var connection = new DuckDBConnection("Data Source=:memory:");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        using var reader = command.ExecuteReader();
        var rows = new List<Dictionary<string, string>>();
        while (reader.Read())
        {
            var row = new Dictionary<string, string>(StringComparer.Ordinal);
            for (var i = 0; i < reader.FieldCount; i++)
            {
                row[reader.GetName(i)] = Text(reader.IsDBNull(i) ? null : reader.GetValue(i));
            }

            rows.Add(row);
        }

        return rows;
    }

    /// <summary>
    /// The exported rows of one cube equal the feed's cells: one row per CellKey, and every column the feed serves has the
    /// same value (Value compared numerically to 1e-9 relative, everything else as text). Returns the number of cells compared.
    /// </summary>
    public static int ShouldMatchOData(IReadOnlyList<IReadOnlyDictionary<string, string>> exported, Dictionary<string, Dictionary<string, object?>> odata, string what)
    {
        exported.Select(r => r["CellKey"]).Should().OnlyHaveUniqueItems(what);
        exported.Select(r => r["CellKey"]).Should().BeEquivalentTo(odata.Keys, what);
        foreach (var row in exported)
        {
            var cell = odata[row["CellKey"]];
            foreach (var (column, value) in cell)
            {
                row.Should().ContainKey(column, $"{what} must carry the feed's column {column}");
                var expected = Text(value);
                if (column == "Value" && expected.Length > 0)
                {
                    double.Parse(row[column], CultureInfo.InvariantCulture).Should().BeApproximately(
                        (double)value!, Math.Abs((double)value!) * 1e-9, $"{what} {row["CellKey"]} Value");
                }
                else
                {
                    row[column].Should().Be(expected, $"{what} {row["CellKey"]} {column}");
                }
            }
        }

        return exported.Count;
    }
}
