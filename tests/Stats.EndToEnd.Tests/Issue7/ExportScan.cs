using System.Globalization;
using System.IO.Compression;
using System.Text;
using System.Text.RegularExpressions;
using Apache.Arrow;
using Apache.Arrow.Ipc;

namespace Stats.EndToEnd.Tests.Issue7;

/// <summary>
/// Every number in every file of an export, read with a reader that fits the file: text formats as text, XLSX as the XML
/// parts of its zip, Parquet through DuckDB, Arrow streams through Apache.Arrow. A file type without a reader fails the scan,
/// so a new format cannot slip past the leak check.
/// </summary>
internal static partial class ExportScan
{
    public static IEnumerable<(string File, double Number)> Numbers(string folder)
    {
        foreach (var file in Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
        {
            var relative = Path.GetRelativePath(folder, file);
            foreach (var number in NumbersIn(file))
            {
                yield return (relative, number);
            }
        }
    }

    private static IEnumerable<double> NumbersIn(string file)
    {
        var extension = Path.GetExtension(file).ToLowerInvariant();
        return extension switch
        {
            ".csv" or ".json" or ".xml" or ".txt" => InText(File.ReadAllText(file)),
            ".xlsx" => InZipText(file),
            ".parquet" => InText(string.Join('\n', ExportCells.Query($"SELECT * FROM read_parquet('{file.Replace("'", "''", StringComparison.Ordinal)}')")
                .SelectMany(r => r.Values))),
            ".arrows" or ".arrow" => InArrow(file),
            _ => throw new InvalidOperationException($"No reader for export file {file}: add one to the leak scan."),
        };
    }

    private static IEnumerable<double> InZipText(string file)
    {
        using var zip = ZipFile.OpenRead(file);
        var text = new StringBuilder();
        foreach (var entry in zip.Entries.Where(e => e.FullName.EndsWith(".xml", StringComparison.OrdinalIgnoreCase)))
        {
            using var reader = new StreamReader(entry.Open());
            text.Append(reader.ReadToEnd()).Append('\n');
        }

        return InText(text.ToString()).ToList();
    }

    private static IEnumerable<double> InArrow(string file)
    {
        var numbers = new List<double>();
        using var stream = File.OpenRead(file);
        using var reader = new ArrowStreamReader(stream);
        while (reader.ReadNextRecordBatch() is { } batch)
        {
            using (batch)
            {
                foreach (var column in batch.Arrays)
                {
                    switch (column)
                    {
                        case DoubleArray d:
                            numbers.AddRange(d.Where(v => v.HasValue).Select(v => v!.Value));
                            break;
                        case Int64Array l:
                            numbers.AddRange(l.Where(v => v.HasValue).Select(v => (double)v!.Value));
                            break;
                        case Int32Array i:
                            numbers.AddRange(i.Where(v => v.HasValue).Select(v => (double)v!.Value));
                            break;
                        case StringArray s:
                            for (var row = 0; row < s.Length; row++)
                            {
                                numbers.AddRange(InText(s.GetString(row) ?? ""));
                            }

                            break;
                    }
                }
            }
        }

        return numbers;
    }

    /// <summary>Decimal numbers in text; digit runs glued to letters or underscores (SHA-256 digests, cell references, units like per_100000) are not numbers.</summary>
    private static IEnumerable<double> InText(string text) =>
        NumberPattern().Matches(text).Select(m => double.Parse(m.Value, CultureInfo.InvariantCulture));

    [GeneratedRegex(@"(?<![0-9A-Za-z._])\d+(\.\d+)?(?![0-9A-Za-z_])")]
    private static partial Regex NumberPattern();
}
