using System.Data;
using System.Globalization;
using System.IO.Compression;
using System.Text;
using System.Text.RegularExpressions;
using MiniExcelLibs;

namespace Stats.Etl.Synthetic;

/// <summary>
/// Writes an XLSX sheet with MiniExcel, then re-packs it so that the same rows always give the same bytes: MiniExcel
/// stamps zip entries with the current time and names each sheet relationship with a fresh GUID ("R" + 32 hex
/// digits); the re-pack fixes the timestamp and renames those ids in order of appearance (rIdG1, rIdG2, …).
/// </summary>
internal static partial class XlsxFile
{
    private static readonly DateTimeOffset FixedTimestamp = new(2000, 1, 1, 0, 0, 0, TimeSpan.Zero);

    public static byte[] Build(string sheet, IReadOnlyList<string> columns, IReadOnlyList<Dictionary<string, object?>> rows)
    {
        using var raw = new MemoryStream();
        if (rows.Count == 0)
        {
            // MiniExcel takes the header from the first row; an empty sheet still needs its header (a year without decisions).
            using var empty = new DataTable { Locale = CultureInfo.InvariantCulture };
            foreach (var column in columns)
            {
                empty.Columns.Add(column, typeof(string));
            }

            raw.SaveAs(empty, printHeader: true, sheetName: sheet, excelType: ExcelType.XLSX);
        }
        else
        {
            raw.SaveAs(rows, printHeader: true, sheetName: sheet, excelType: ExcelType.XLSX);
        }

        return Repack(raw.ToArray());
    }

    /// <summary>
    /// Re-packs a package with the fixed time stamp and stable relationship ids; <paramref name="part"/> (when given) sees
    /// each entry's name and text as bytes and returns what to write instead, or null to leave the entry out.
    /// </summary>
    public static byte[] Repack(byte[] package, Func<string, byte[], byte[]?>? part = null)
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
                var bytes = Encoding.UTF8.GetBytes(text);
                if ((part is null ? bytes : part(entry.FullName, bytes)) is not { } content)
                {
                    continue;
                }

                var copy = target.CreateEntry(entry.FullName, CompressionLevel.Optimal);
                copy.LastWriteTime = FixedTimestamp;
                using var writer = copy.Open();
                writer.Write(content);
            }
        }

        return packed.ToArray();
    }

    [GeneratedRegex("R[0-9a-f]{32}", RegexOptions.CultureInvariant)]
    private static partial Regex RandomRelationshipId();
}
