using System.IO.Compression;
using System.Text;

namespace Stats.Hardening.Tests.Corpus;

/// <summary>The workbook scan finds what it must, so that "0 formulas" in the corpus test means none were there.</summary>
public sealed class XlsxCellsTests : IDisposable
{
    private const string Main = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
    private readonly string _folder = Directory.CreateTempSubdirectory("stats-xlsxcells-").FullName;

    [Fact]
    public void Formulas_shared_inline_and_formula_result_strings_are_all_read()
    {
        using (var zip = ZipFile.Open(Path.Combine(_folder, "book.xlsx"), ZipArchiveMode.Create))
        {
            Add(zip, "xl/sharedStrings.xml", $"""<sst xmlns="{Main}"><si><t>Shared</t></si><si><r><t>=HYPERLINK("x")</t></r></si></sst>""");
            Add(zip, "xl/worksheets/sheet1.xml", $"""
                <worksheet xmlns="{Main}"><sheetData><row r="1">
                <c r="A1" t="s"><v>0</v></c>
                <c r="B1"><f>SUM(A2:A3)</f><v>5</v></c>
                <c r="C1" t="str"><f>"a"&amp;"b"</f><v>ab</v></c>
                <c r="D1" t="inlineStr"><is><t>@inline</t></is></c>
                <c r="E1"><v>42</v></c>
                </row></sheetData></worksheet>
                """);
            Add(zip, "xl/styles.xml", $"""<styleSheet xmlns="{Main}"><t>not a cell</t></styleSheet>""");
        }

        var texts = XlsxCells.Of(_folder).ToList();

        texts.Select(t => t.Text).Should().BeEquivalentTo(
            ["Shared", "=HYPERLINK(\"x\")", "formula: SUM(A2:A3)", "formula: \"a\"&\"b\"", "ab", "@inline"],
            "numbers are not text and only the shared strings and worksheets are read");
        texts.Should().OnlyContain(t => t.File == "book.xlsx");
        texts.Where(t => InjectionPayloads.LooksLikeFormula(t.Text)).Select(t => t.Text).Should().BeEquivalentTo(["=HYPERLINK(\"x\")", "@inline"]);
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private static void Add(ZipArchive zip, string name, string xml)
    {
        using var stream = zip.CreateEntry(name).Open();
        stream.Write(Encoding.UTF8.GetBytes(xml));
    }
}
