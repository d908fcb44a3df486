namespace Stats.Hardening.Tests.Corpus;

/// <summary>
/// Small workbooks whose sheet XML attacks the reader rather than the zip: a cell in column XFD (MiniExcel makes every
/// row 16,384 wide, measured at 3 s a row), a row numbered 1,048,576 (a million empty rows), a cell outside the declared
/// dimension (dropped without a word), an XML entity expansion ("billion laughs"), a cell of 40 MiB.
/// </summary>
internal static class XlsxStructureAttacks
{
    public const string Category = "xlsx-structure";

    public static IEnumerable<CorpusFile> All(CleanDeliveries clean, Random random)
    {
        const string courts = "courts-decisions", registry = "court-registry-convictions";
        yield return Sheet(clean, courts, "courts_decisions_column_xfd.xlsx", "20,000 rows with a cell in column XFD", "limit_exceeded",
            xml => xml.Replace("</x:sheetData>", string.Concat(Enumerable.Range(200, 20_000).Select(n => $"<x:row r=\"{n}\"><x:c r=\"XFD{n}\" t=\"inlineStr\"><x:is><x:t>x</x:t></x:is></x:c></x:row>")) + "</x:sheetData>", StringComparison.Ordinal)
                .Replace("<x:dimension ref=\"A1:", "<x:dimension ref=\"A1:XFD20200\" old=\"", StringComparison.Ordinal));
        yield return Sheet(clean, registry, "court_registry_convictions_row_1048576.xlsx", "a row numbered 1,048,576 with a cell in column F (6.3 million cells)", "limit_exceeded",
            xml => xml.Replace("</x:sheetData>", "<x:row r=\"1048576\"><x:c r=\"F1048576\" t=\"inlineStr\"><x:is><x:t>2025</x:t></x:is></x:c></x:row></x:sheetData>", StringComparison.Ordinal));
        yield return Sheet(clean, courts, "courts_decisions_outside_dimension.xlsx", "a hostile value in a column beyond the declared dimension", "malformed_file",
            xml => xml.Replace("</x:sheetData>", "<x:row r=\"900\"><x:c r=\"Z900\" t=\"inlineStr\"><x:is><x:t>=cmd|' /C calc'!A0</x:t></x:is></x:c></x:row></x:sheetData>", StringComparison.Ordinal));
        yield return Sheet(clean, registry, "court_registry_convictions_entities.xlsx", "a DTD whose entities expand to a gigabyte (billion laughs)", "malformed_file",
            xml =>
            {
                var entities = string.Concat(Enumerable.Range(2, 9).Select(i => $"<!ENTITY l{i} \"{string.Concat(Enumerable.Repeat($"&l{i - 1};", 10))}\">"));
                var root = xml[xml.IndexOf("<x:worksheet", StringComparison.Ordinal)..];
                return "<?xml version=\"1.0\"?><!DOCTYPE x:worksheet [<!ENTITY l1 \"lollollollollol\">" + entities + "]>"
                    + root.Replace("</x:sheetData>", "<x:row r=\"900\"><x:c r=\"A900\" t=\"inlineStr\"><x:is><x:t>&l10;</x:t></x:is></x:c></x:row></x:sheetData>", StringComparison.Ordinal);
            });
        yield return Sheet(clean, courts, "courts_decisions_external_entity.xlsx", "an external entity reading /etc/passwd (XXE)", "malformed_file",
            xml => "<?xml version=\"1.0\"?><!DOCTYPE x:worksheet [<!ENTITY xxe SYSTEM \"file:///etc/passwd\">]>"
                + xml[xml.IndexOf("<x:worksheet", StringComparison.Ordinal)..].Replace("</x:sheetData>", "<x:row r=\"900\"><x:c r=\"A900\" t=\"inlineStr\"><x:is><x:t>&xxe;</x:t></x:is></x:c></x:row></x:sheetData>", StringComparison.Ordinal));
        yield return Sheet(clean, courts, "courts_decisions_two_cells_one_place.xlsx", "a row with two cells at A84, the second hiding the first", "malformed_file",
            xml => xml.Replace("</x:sheetData>", "<x:row r=\"84\"><x:c r=\"A84\" t=\"inlineStr\"><x:is><x:t>LG 1/25</x:t></x:is></x:c><x:c r=\"A84\" t=\"inlineStr\"><x:is><x:t>=1+1</x:t></x:is></x:c></x:row></x:sheetData>", StringComparison.Ordinal));
        yield return Sheet(clean, registry, "court_registry_convictions_row_minus_5.xlsx", "a row numbered -5 (MiniExcel drops it)", "malformed_file",
            xml => xml.Replace("</x:sheetData>", "<x:row r=\"-5\"><x:c r=\"A1\" t=\"inlineStr\"><x:is><x:t>2025</x:t></x:is></x:c></x:row></x:sheetData>", StringComparison.Ordinal));
        yield return new CorpusFile(CorpusCategories.HugeLine, courts, "courts_decisions_cell_40mib.xlsx", "a cell of 40 MiB of random letters (8 to 1: within the ratio)")
        {
            Content = ZipBombs.WithHugeCell(clean, courts, 40, random),
            ExpectedReason = "limit_exceeded",
        };
    }

    private static CorpusFile Sheet(CleanDeliveries clean, string contract, string name, string attack, string reason, Func<string, string> change) =>
        new(Category, contract, name, attack) { Content = ZipBombs.WithSheet(clean, contract, change), ExpectedReason = reason };
}
