using System.Globalization;
using System.IO.Compression;
using System.Xml.Linq;

namespace Stats.Warehouse.Tests.Estimation;

/// <summary>
/// Reads the cells of one worksheet of an .xlsx as plain XML from the zip (independent of the SDK that wrote it): row
/// number → column letter(s) → text (inline strings) or the number as written.
/// </summary>
internal static class XlsxSheets
{
    private static readonly XNamespace Main = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
    private static readonly XNamespace Relationships = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
    private static readonly XNamespace PackageRelationships = "http://schemas.openxmlformats.org/package/2006/relationships";

    public static List<string> Names(string path)
    {
        using var zip = ZipFile.OpenRead(path);
        return Load(zip, "xl/workbook.xml").Descendants(Main + "sheet").Select(s => (string)s.Attribute("name")!).ToList();
    }

    /// <summary>Every non-empty row as its cells' texts, columns in order ("" where a cell is absent), numbers in invariant form.</summary>
    public static List<string[]> Rows(string path, string sheet)
    {
        using var zip = ZipFile.OpenRead(path);
        var id = (string)Load(zip, "xl/workbook.xml").Descendants(Main + "sheet").Single(s => (string)s.Attribute("name")! == sheet).Attribute(Relationships + "id")!;
        var target = (string)Load(zip, "xl/_rels/workbook.xml.rels").Descendants(PackageRelationships + "Relationship").Single(r => (string)r.Attribute("Id")! == id).Attribute("Target")!;
        var rows = new List<string[]>();
        foreach (var row in Load(zip, "xl/" + target.TrimStart('/').Replace("xl/", "", StringComparison.Ordinal)).Descendants(Main + "row"))
        {
            var cells = row.Elements(Main + "c").Select(c => (Column: Column((string)c.Attribute("r")!), Text: Text(c))).ToList();
            var texts = new string[cells.Count == 0 ? 0 : cells.Max(c => c.Column) + 1];
            Array.Fill(texts, "");
            foreach (var (column, text) in cells)
            {
                texts[column] = text;
            }

            rows.Add(texts);
        }

        return rows;
    }

    private static string Text(XElement cell) => (string?)cell.Attribute("t") == "inlineStr"
        ? string.Concat(cell.Descendants(Main + "t").Select(t => t.Value))
        : cell.Element(Main + "v") is { } v ? double.Parse(v.Value, CultureInfo.InvariantCulture).ToString("R", CultureInfo.InvariantCulture) : "";

    private static int Column(string reference)
    {
        var column = 0;
        foreach (var c in reference.TakeWhile(char.IsLetter))
        {
            column = (column * 26) + (c - 'A' + 1);
        }

        return column - 1;
    }

    private static XDocument Load(ZipArchive zip, string entry)
    {
        using var stream = zip.GetEntry(entry)!.Open();
        return XDocument.Load(stream);
    }
}
