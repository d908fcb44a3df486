using System.Globalization;
using System.IO.Compression;
using System.Xml;

namespace Stats.Etl.Readers;

/// <summary>
/// Looks at an XLSX package's zip directory before any part is inflated: a part declaring more than
/// <see cref="ReaderLimits.MaxXlsxPartBytes"/>, or inflating more than <see cref="ReaderLimits.MaxXlsxInflationRatio"/>
/// to 1 above <see cref="ReaderLimits.XlsxRatioFloorBytes"/>, is a zip bomb (a 4 MB file whose sheet inflates to
/// gigabytes of XML) and is refused. The declared sizes can be trusted as bounds: .NET's zip reader stops inflating an
/// entry at its declared size, so a part that lies about it reads as truncated XML and is refused as malformed. Then
/// the XML parts are scanned (<see cref="XlsxPartScan"/>).
/// </summary>
internal static class XlsxPackageCheck
{
    public static void Check(string path, string fileName)
    {
        try
        {
            using var zip = ZipFile.OpenRead(path);
            foreach (var entry in zip.Entries)
            {
                if (entry.Length > ReaderLimits.MaxXlsxPartBytes)
                {
                    throw Refuse(fileName, entry, $"inflates to {ReaderLimits.Bytes(entry.Length)}; the XLSX reader accepts at most {ReaderLimits.Bytes(ReaderLimits.MaxXlsxPartBytes)} per part");
                }

                if (entry.Length > ReaderLimits.XlsxRatioFloorBytes && entry.Length > (long)ReaderLimits.MaxXlsxInflationRatio * Math.Max(entry.CompressedLength, 1))
                {
                    var ratio = entry.Length / Math.Max(entry.CompressedLength, 1);
                    throw Refuse(fileName, entry, string.Create(CultureInfo.InvariantCulture,
                        $"inflates {ratio:N0} to 1 ({ReaderLimits.Bytes(entry.CompressedLength)} to {ReaderLimits.Bytes(entry.Length)}); the XLSX reader accepts at most {ReaderLimits.MaxXlsxInflationRatio} to 1 (a zip bomb)"));
                }
            }

            // Only once no part can inflate too far: the XML parts are then read, in a stream, for what is inside them.
            foreach (var entry in zip.Entries.Where(e => e.FullName.EndsWith(".xml", StringComparison.OrdinalIgnoreCase)))
            {
                XlsxPartScan.Check(entry, fileName);
            }
        }
        catch (XmlException ex)
        {
            throw new DeliveryRefusedException(RefusalReasons.MalformedFile, string.Create(CultureInfo.InvariantCulture,
                $"{fileName}: not a readable XLSX workbook (a part is not well-formed XML, or declares a DTD, at line {ex.LineNumber})."));
        }
        catch (Exception ex) when (ex is InvalidDataException or IOException or NotSupportedException or ArgumentException)
        {
            throw new DeliveryRefusedException(RefusalReasons.MalformedFile, $"{fileName}: not a readable XLSX workbook (the zip archive cannot be read: {ex.GetType().Name}).");
        }
    }

    private static DeliveryRefusedException Refuse(string fileName, ZipArchiveEntry entry, string detail) =>
        new(RefusalReasons.LimitExceeded, $"{fileName}: part '{entry.FullName}' {detail}.");
}
