using System.Globalization;
using System.IO.Compression;
using System.Text;
using System.Xml.Linq;
using ExcelDataReader;

namespace Stats.EndToEnd.Tests.Issue7;

/// <summary>
/// Reads greta.xlsx back with ExcelDataReader (independent of the OpenXml SDK that wrote it): every sheet as rows of
/// values, and each table sheet split into header years, rows (label, value and flag per year) and the notes under it.
/// </summary>
internal static class GretaWorkbookReader
{
    public sealed record TableRow(string Label, IReadOnlyList<object?> Values, IReadOnlyList<string> Flags);

    public sealed record TableSheet(string Title, IReadOnlyList<int> Years, IReadOnlyList<TableRow> Rows, string Notes);

    /// <summary>Sheets in workbook order, each as its rows (null for an empty cell).</summary>
    public static List<(string Name, List<object?[]> Rows)> Read(string path)
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        using var stream = File.OpenRead(path);
        using var reader = ExcelReaderFactory.CreateReader(stream);
        var sheets = new List<(string, List<object?[]>)>();
        do
        {
            var rows = new List<object?[]>();
            while (reader.Read())
            {
                var row = new object?[reader.FieldCount];
                for (var i = 0; i < reader.FieldCount; i++)
                {
                    row[i] = reader.GetValue(i);
                }

                rows.Add(row);
            }

            sheets.Add((reader.Name, rows));
        }
        while (reader.NextResult());
        return sheets;
    }

    /// <summary>
    /// A table sheet: the title in A1, the header row starting "Breakdown" (then year, flag, year, flag …), rows down to
    /// and including "Total", and every text after it as the notes.
    /// </summary>
    public static TableSheet Table(List<object?[]> rows)
    {
        var header = rows.FindIndex(r => Text(r, 0) == "Breakdown");
        header.Should().BePositive("a table sheet has a header row starting with Breakdown");
        var years = new List<int>();
        for (var c = 1; c < rows[header].Length; c += 2)
        {
            years.Add(int.Parse(Text(rows[header], c), CultureInfo.InvariantCulture));
            Text(rows[header], c + 1).Should().Be("flag");
        }

        var table = new List<TableRow>();
        var i = header + 1;
        for (; i < rows.Count; i++)
        {
            var label = Text(rows[i], 0);
            label.Should().NotBeEmpty("every table row has a label, down to Total");
            table.Add(new TableRow(
                label,
                years.Select((_, y) => Cell(rows[i], 1 + (2 * y))).ToList(),
                years.Select((_, y) => Text(rows[i], 2 + (2 * y))).ToList()));
            if (label == "Total")
            {
                break;
            }
        }

        var notes = string.Join("\n", rows.Skip(i + 1).SelectMany(r => r).OfType<string>());
        return new TableSheet(Text(rows[0], 0), years, table, notes);
    }

    /// <summary>docProps/core.xml read as plain XML from the zip: element local name → text.</summary>
    public static Dictionary<string, string> CoreProperties(string path)
    {
        using var zip = ZipFile.OpenRead(path);
        var entry = zip.GetEntry("docProps/core.xml");
        entry.Should().NotBeNull("the workbook carries docProps/core.xml");
        using var stream = entry!.Open();
        return XDocument.Load(stream).Root!.Elements().ToDictionary(e => e.Name.LocalName, e => e.Value);
    }

    public static string Text(object?[] row, int column) =>
        column < row.Length && row[column] is { } value ? Convert.ToString(value, CultureInfo.InvariantCulture) ?? "" : "";

    private static object? Cell(object?[] row, int column) => column < row.Length ? row[column] : null;
}
