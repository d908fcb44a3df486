using System.Globalization;
using System.IO.Compression;
using System.Text;
using System.Text.RegularExpressions;
using MiniExcelLibs;

namespace Stats.Hardening.Tests.Corpus;

/// <summary>
/// Writes a flat table as an XLSX workbook with MiniExcel (the header is written as the first row, so a header may
/// name a column twice), then re-packs it with a fixed time stamp and stable relationship ids, so that one seed gives
/// the same bytes; and rewrites single parts of a package for the attacks on its XML.
/// </summary>
internal static partial class XlsxBytes
{
    private static readonly DateTimeOffset FixedTimestamp = new(2000, 1, 1, 0, 0, 0, TimeSpan.Zero);

    public static byte[] Of(FlatTable table, string sheet)
    {
        var width = Math.Max(table.Header.Count, table.Rows.Count == 0 ? 0 : table.Rows.Max(r => r.Length));
        var keys = Enumerable.Range(0, width).Select(i => "c" + i.ToString(CultureInfo.InvariantCulture)).ToList();
        var rows = new[] { table.Header.Cast<object?>().ToArray() }.Concat(table.Rows)
            .Select(r => keys.Select((k, i) => (k, i)).ToDictionary(x => x.k, x => x.i < r.Length ? r[x.i] : null, StringComparer.Ordinal))
            .ToList();
        using var raw = new MemoryStream();
        raw.SaveAs(rows, printHeader: false, sheetName: sheet, excelType: ExcelType.XLSX);
        return Repack(raw.ToArray(), (_, bytes) => bytes);
    }

    /// <summary>Rewrites a package part by part: <paramref name="part"/> gets each entry's name and bytes and returns the new bytes (null drops the entry).</summary>
    public static byte[] Repack(byte[] package, Func<string, byte[], byte[]?> part)
    {
        using var source = new ZipArchive(new MemoryStream(package), ZipArchiveMode.Read);
        var ids = new Dictionary<string, string>(StringComparer.Ordinal);
        using var packed = new MemoryStream();
        using (var target = new ZipArchive(packed, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var entry in source.Entries)
            {
                using var reader = new StreamReader(entry.Open(), Encoding.UTF8, detectEncodingFromByteOrderMarks: false);
                var text = RandomRelationshipId().Replace(reader.ReadToEnd(), m =>
                {
                    if (!ids.TryGetValue(m.Value, out var stable))
                    {
                        stable = "rIdG" + (ids.Count + 1).ToString(CultureInfo.InvariantCulture);
                        ids[m.Value] = stable;
                    }

                    return stable;
                });
                if (part(entry.FullName, Encoding.UTF8.GetBytes(text)) is not { } bytes)
                {
                    continue;
                }

                var copy = target.CreateEntry(entry.FullName, CompressionLevel.Fastest);
                copy.LastWriteTime = FixedTimestamp;
                using var writer = copy.Open();
                writer.Write(bytes);
            }
        }

        return packed.ToArray();
    }

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

    [GeneratedRegex("R[0-9a-f]{32}", RegexOptions.CultureInvariant)]
    private static partial Regex RandomRelationshipId();
}
