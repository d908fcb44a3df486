using System.IO.Compression;
using System.Xml;

namespace Stats.Hardening.Tests.Corpus;

/// <summary>
/// Reads the workbooks of an export folder as a spreadsheet would, with the test's own zip and XML reading (no OpenXml
/// SDK, which the exporter uses): every formula element of every worksheet, and every text a cell shows (shared strings,
/// inline strings and formula-result strings), so that the test can look for anything Excel would evaluate.
/// </summary>
internal static class XlsxCells
{
    private const string SpreadsheetNamespace = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";

    /// <summary>(workbook, part, text) for each text; formulas come with part and the formula's text prefixed "formula: ".</summary>
    public static IEnumerable<(string File, string Part, string Text)> Of(string folder)
    {
        foreach (var file in Directory.EnumerateFiles(folder, "*.xlsx", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
        {
            var name = Path.GetRelativePath(folder, file);
            using var zip = ZipFile.OpenRead(file);
            foreach (var entry in zip.Entries.Where(Holds).OrderBy(e => e.FullName, StringComparer.Ordinal))
            {
                using var stream = entry.Open();
                foreach (var text in Texts(stream))
                {
                    yield return (name, entry.FullName, text);
                }
            }
        }
    }

    private static bool Holds(ZipArchiveEntry entry) =>
        entry.FullName.StartsWith("xl/worksheets/", StringComparison.Ordinal) && entry.FullName.EndsWith(".xml", StringComparison.Ordinal)
        || entry.FullName == "xl/sharedStrings.xml";

    // A worksheet's formulas are <f>; the texts a reader sees are <t> (in <si> of the shared strings or <is> of an inline
    // string) and the <v> of a cell typed t="str" (a formula's cached string result).
    private static IEnumerable<string> Texts(Stream stream)
    {
        using var reader = XmlReader.Create(stream, new XmlReaderSettings { DtdProcessing = DtdProcessing.Prohibit, IgnoreWhitespace = false });
        var cellType = "";
        reader.Read();
        while (!reader.EOF)
        {
            // ReadElementContentAsString moves past the element it reads, so only other nodes call Read.
            var element = reader.NodeType == XmlNodeType.Element && reader.NamespaceURI == SpreadsheetNamespace ? reader.LocalName : null;
            if (element == "c")
            {
                cellType = reader.GetAttribute("t") ?? "";
            }

            if (element == "f")
            {
                yield return "formula: " + reader.ReadElementContentAsString();
            }
            else if (element == "t" || (element == "v" && cellType == "str"))
            {
                yield return reader.ReadElementContentAsString();
            }
            else
            {
                reader.Read();
            }
        }
    }
}
