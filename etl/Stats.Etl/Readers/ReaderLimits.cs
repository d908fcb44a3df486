using System.Globalization;

namespace Stats.Etl.Readers;

/// <summary>
/// The limits that keep one delivery from taking the host's memory or time, whatever its content. A file beyond one is
/// refused with <see cref="RefusalReasons.LimitExceeded"/> and a message naming the file and the limit.
/// </summary>
internal static class ReaderLimits
{
    /// <summary>
    /// Longest CSV record: no delivery field is longer than a few hundred bytes (a linkage key is 64), and DuckDB's own
    /// max_line_size (2 MiB) must never be the one that decides, since beyond its buffer it drops a line silently.
    /// </summary>
    public const int MaxCsvRecordBytes = 1 << 20;

    /// <summary>Longest JSON token (a string or number, in bytes as delivered): the same reasoning as for CSV records.</summary>
    public const int MaxJsonTokenBytes = 1 << 20;

    /// <summary>Deepest JSON nesting: System.Text.Json's default, far beyond any contract (the NRM record nests 3 levels).</summary>
    public const int MaxJsonDepth = 64;

    /// <summary>
    /// Largest declared uncompressed size of one XLSX part. A full Excel sheet of 1,048,576 rows with the widest shipped
    /// contract (13 columns) is about 700 MB of XML; beyond that no spreadsheet program made the file. .NET's zip reader
    /// never inflates an entry past its declared size, so the declared sizes bound what the reader can be made to read.
    /// </summary>
    public const long MaxXlsxPartBytes = 1L << 30;

    /// <summary>
    /// Largest inflation ratio of an XLSX part above <see cref="XlsxRatioFloorBytes"/>: spreadsheet XML compresses about
    /// 5–20 to 1, a zip bomb about 1000 to 1. 100 is the limit Apache POI applies (ZipSecureFile.MIN_INFLATE_RATIO 0.01).
    /// </summary>
    public const int MaxXlsxInflationRatio = 100;

    /// <summary>Parts smaller than this may have any ratio (a short repetitive part is no threat).</summary>
    public const long XlsxRatioFloorBytes = 1L << 20;

    /// <summary>Longest text in an XLSX part: Excel's own limit for one cell, so no workbook a program wrote holds a longer one.</summary>
    public const int MaxXlsxTextChars = 32_767;

    /// <summary>
    /// Widest sheet: Excel 2003's 256 columns, far beyond any contract (the widest has 20). MiniExcel makes every row as
    /// wide as the widest cell reference, and its time per row grows faster than the width (measured: 0.5 ms per row at
    /// 100 columns, 5 ms at 702, 3 s at 16,384).
    /// </summary>
    public const int MaxXlsxColumns = 256;

    /// <summary>
    /// Most cells of a sheet (last row × last column, counting the empty rows MiniExcel emits for a gap in the row
    /// numbers): 4,194,304, e.g. 300,000 rows of 13 columns. Larger deliveries come as CSV, which DuckDB reads.
    /// </summary>
    public const long MaxXlsxCells = 1L << 22;

    public static string Bytes(long bytes) => bytes switch
    {
        >= 1L << 30 when bytes % (1L << 30) == 0 => string.Create(CultureInfo.InvariantCulture, $"{bytes >> 30} GiB"),
        >= 1L << 20 when bytes % (1L << 20) == 0 => string.Create(CultureInfo.InvariantCulture, $"{bytes >> 20} MiB"),
        _ => string.Create(CultureInfo.InvariantCulture, $"{bytes:N0} bytes"),
    };
}
