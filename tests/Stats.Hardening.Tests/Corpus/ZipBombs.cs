using System.Text;

namespace Stats.Hardening.Tests.Corpus;

/// <summary>
/// XLSX zip bombs built from the clean workbooks: the sheet (or another part) replaced by one whose deflate stream
/// repeats a compressed mebibyte until it inflates to hundreds of megabytes or gigabytes (about 1,000 to 1), with
/// true sizes and CRC; and one whose headers declare the sheet's original size while the stream inflates to 2 GiB.
/// </summary>
internal static class ZipBombs
{
    private const int MiB = 1 << 20;

    public static IEnumerable<CorpusFile> All(CleanDeliveries clean)
    {
        const string courts = "courts-decisions", registry = "court-registry-convictions";
        yield return Bomb(clean, courts, "courts_decisions_whitespace_2gib.xlsx", "the sheet pads 2 GiB of spaces after its rows", "limit_exceeded",
            (sheet, zip) => zip.AddRepeated(SheetName(clean, courts), Before(sheet), Block(' '), 2048, After(sheet)));
        yield return Bomb(clean, courts, "courts_decisions_cell_512mib.xlsx", "one inline string cell of 512 MiB (under the part limit: refused for its ratio)", "limit_exceeded",
            (sheet, zip) => zip.AddRepeated(SheetName(clean, courts), Before(sheet) + "<x:row r=\"900\"><x:c r=\"A900\" t=\"inlineStr\"><x:is><x:t>", Block('A'), 512,
                "</x:t></x:is></x:c></x:row>" + After(sheet)));
        yield return Bomb(clean, courts, "courts_decisions_declared_small.xlsx", "the sheet declares its original size but inflates to 2 GiB", "malformed_file",
            (sheet, zip) => zip.AddRepeated(SheetName(clean, courts), Before(sheet), Block(' '), 2048, After(sheet), declaredSize: (uint)Encoding.UTF8.GetByteCount(Before(sheet)) + 100));
        yield return Bomb(clean, registry, "court_registry_convictions_strings_3gib.xlsx", "a shared string table of 3 GiB", "limit_exceeded",
            (sheet, zip) =>
            {
                zip.Add(SheetName(clean, registry), Encoding.UTF8.GetBytes(sheet));
                zip.AddRepeated("xl/sharedStrings.xml", "<?xml version=\"1.0\" encoding=\"UTF-8\"?><sst xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\" count=\"1\" uniqueCount=\"1\"><si><t>",
                    Block('S'), 3072, "</t></si></sst>");
            });
        yield return Bomb(clean, registry, "court_registry_convictions_rows_768mib.xlsx", "768 MiB of rows repeating one line of the table", "limit_exceeded",
            (sheet, zip) => zip.AddRepeated(SheetName(clean, registry), Before(sheet), RowBlock(), 768, After(sheet)));
        yield return Bomb(clean, registry, "court_registry_convictions_media_512mib.xlsx", "an image part of 512 MiB of zeros the reader never needs", "limit_exceeded",
            (sheet, zip) =>
            {
                zip.Add(SheetName(clean, registry), Encoding.UTF8.GetBytes(sheet));
                zip.AddRepeated("xl/media/image1.png", string.Empty, new byte[MiB], 512, string.Empty);
            });
    }

    private static CorpusFile Bomb(CleanDeliveries clean, string contract, string name, string attack, string reason, Action<string, ZipBuilder> sheetParts)
    {
        var parts = XlsxBytes.Parts(clean.Bytes(contract));
        var sheetPart = SheetName(clean, contract);
        var sheet = Encoding.UTF8.GetString(parts.Single(p => p.Name == sheetPart).Bytes);
        var zip = new ZipBuilder();
        var replaced = new HashSet<string>(StringComparer.Ordinal) { sheetPart, "xl/sharedStrings.xml" };
        foreach (var (partName, bytes) in parts.Where(p => !replaced.Contains(p.Name)))
        {
            zip.Add(partName, bytes);
        }

        sheetParts(sheet, zip);
        if (!name.Contains("strings", StringComparison.Ordinal))
        {
            zip.Add("xl/sharedStrings.xml", parts.Single(p => p.Name == "xl/sharedStrings.xml").Bytes);
        }

        return new CorpusFile(CorpusCategories.ZipBomb, contract, name, attack) { Content = zip.Finish(), ExpectedReason = reason };
    }

    private static string SheetName(CleanDeliveries clean, string contract) =>
        XlsxBytes.Parts(clean.Bytes(contract)).Single(p => p.Name.StartsWith("xl/worksheets/", StringComparison.Ordinal) && p.Name.EndsWith(".xml", StringComparison.Ordinal)).Name;

    private static string Before(string sheet) => sheet[..sheet.IndexOf("</x:sheetData>", StringComparison.Ordinal)];

    private static string After(string sheet) => sheet[sheet.IndexOf("</x:sheetData>", StringComparison.Ordinal)..];

    private static byte[] Block(char c)
    {
        var block = new byte[MiB];
        block.AsSpan().Fill((byte)c);
        return block;
    }

    /// <summary>About a mebibyte of identical rows without row numbers (each takes the next one), whole rows only.</summary>
    private static byte[] RowBlock()
    {
        var row = Encoding.UTF8.GetBytes("<x:row><x:c t=\"inlineStr\"><x:is><x:t>2025</x:t></x:is></x:c><x:c t=\"inlineStr\"><x:is><x:t>weiblich</x:t></x:is></x:c></x:row>");
        var block = new byte[MiB / row.Length * row.Length];
        for (var i = 0; i < block.Length; i += row.Length)
        {
            row.CopyTo(block, i);
        }

        return block;
    }

    /// <summary>The clean workbook of <paramref name="contract"/> with its sheet part changed by <paramref name="change"/>.</summary>
    public static byte[] WithSheet(CleanDeliveries clean, string contract, Func<string, string> change)
    {
        var sheetPart = SheetName(clean, contract);
        return XlsxBytes.Repack(clean.Bytes(contract), (name, bytes) => name == sheetPart ? Encoding.UTF8.GetBytes(change(Encoding.UTF8.GetString(bytes))) : bytes);
    }

    /// <summary>The clean workbook with a cell of <paramref name="mebibytes"/> MiB of random letters: low ratio, so only the text limit stops it.</summary>
    public static byte[] WithHugeCell(CleanDeliveries clean, string contract, int mebibytes, Random random)
    {
        var parts = XlsxBytes.Parts(clean.Bytes(contract));
        var sheetPart = SheetName(clean, contract);
        var sheet = Encoding.UTF8.GetString(parts.Single(p => p.Name == sheetPart).Bytes);
        var zip = new ZipBuilder();
        foreach (var (partName, bytes) in parts.Where(p => p.Name != sheetPart))
        {
            zip.Add(partName, bytes);
        }

        var block = new byte[MiB];
        for (var i = 0; i < block.Length; i++)
        {
            block[i] = (byte)(random.Next(2) == 0 ? 'A' : 'B');
        }

        zip.AddRepeated(sheetPart, Before(sheet) + "<x:row r=\"900\"><x:c r=\"B900\" t=\"inlineStr\"><x:is><x:t>", block, mebibytes, "</x:t></x:is></x:c></x:row>" + After(sheet),
            level: System.IO.Compression.CompressionLevel.Fastest);
        return zip.Finish();
    }
}
