using System.Globalization;
using System.IO.Compression;
using MiniExcelLibs;
using Stats.Etl.Synthetic;

namespace Stats.Hardening.Tests.Corpus;

/// <summary>
/// Writes a flat table as an XLSX workbook with MiniExcel (the header is written as the first row, so a header may
/// name a column twice), re-packed as the generator does (fixed time stamp, stable relationship ids), so that one seed
/// gives the same bytes; and rewrites single parts of a package for the attacks on its XML.
/// </summary>
internal static class XlsxBytes
{
    public static byte[] Of(FlatTable table, string sheet)
    {
        var width = Math.Max(table.Header.Count, table.Rows.Count == 0 ? 0 : table.Rows.Max(r => r.Length));
        var keys = Enumerable.Range(0, width).Select(i => "c" + i.ToString(CultureInfo.InvariantCulture)).ToList();
        var rows = new[] { table.Header.Cast<object?>().ToArray() }.Concat(table.Rows)
            .Select(r => keys.Select((k, i) => (k, i)).ToDictionary(x => x.k, x => x.i < r.Length ? r[x.i] : null, StringComparer.Ordinal))
            .ToList();
        using var raw = new MemoryStream();
        raw.SaveAs(rows, printHeader: false, sheetName: sheet, excelType: ExcelType.XLSX);
        return XlsxFile.Repack(raw.ToArray());
    }

    /// <summary>Rewrites a package part by part (the generator's own re-pack): <paramref name="part"/> gets each entry's name and bytes and returns the new bytes (null drops the entry).</summary>
    public static byte[] Repack(byte[] package, Func<string, byte[], byte[]?> part) => XlsxFile.Repack(package, part);

    /// <summary>The entries of a package as name → bytes, in package order.</summary>
    public static List<(string Name, byte[] Bytes)> Parts(byte[] package)
    {
        using var zip = new ZipArchive(new MemoryStream(package), ZipArchiveMode.Read);
        return zip.Entries.Select(e =>
        {
            using var stream = e.Open();
            using var copy = new MemoryStream();
            stream.CopyTo(copy);
            return (e.FullName, copy.ToArray());
        }).ToList();
    }
}
