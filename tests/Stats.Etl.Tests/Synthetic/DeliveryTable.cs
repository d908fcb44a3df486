using System.Globalization;
using System.Text;
using System.Text.Json;
using MiniExcelLibs;

namespace Stats.Etl.Tests.Synthetic;

/// <summary>
/// An independent reader for the tests: plain string splitting for CSV (the generated files need no quoting, which
/// <see cref="ReadCsv"/> asserts), System.Text.Json for JSON (dotted paths for nested objects, arrays kept apart),
/// MiniExcel for XLSX. Values are returned as delivered, dates of XLSX cells as DateTime.
/// </summary>
internal sealed record DeliveryTable(IReadOnlyList<string> Columns, IReadOnlyList<Dictionary<string, object?>> Rows)
{
    public static DeliveryTable ReadCsv(string path, char delimiter)
    {
        var text = new UTF8Encoding(false, true).GetString(File.ReadAllBytes(path));
        text.Should().NotContain("\"", "generated CSV values never need quoting");
        text.Should().EndWith("\n").And.NotContain("\r");
        var lines = text.TrimEnd('\n').Split('\n');
        var header = lines[0].Split(delimiter);
        var rows = lines.Skip(1).Select(line =>
        {
            var values = line.Split(delimiter);
            values.Should().HaveCount(header.Length, $"every row of {Path.GetFileName(path)} has one value per column");
            return header.Zip(values).ToDictionary(p => p.First, p => (object?)p.Second, StringComparer.Ordinal);
        }).ToList();
        return new DeliveryTable(header, rows);
    }

    public static DeliveryTable ReadJson(string path, string recordsPath, out List<JsonElement> records)
    {
        using var document = JsonDocument.Parse(File.ReadAllBytes(path));
        records = [.. document.RootElement.GetProperty(recordsPath).EnumerateArray().Select(e => e.Clone())];
        var rows = records.Select(record =>
        {
            var row = new Dictionary<string, object?>(StringComparer.Ordinal);
            Flatten(record, string.Empty, row);
            return row;
        }).ToList();
        return new DeliveryTable([.. rows.SelectMany(r => r.Keys).Distinct()], rows);
    }

    public static DeliveryTable ReadXlsx(string path, string sheet)
    {
        var sheets = MiniExcel.GetSheetNames(path);
        sheets.Should().Contain(sheet);
        // The header row read as plain cells: MiniExcel.GetColumns gives nothing for a sheet without data rows.
        var header = (IDictionary<string, object?>)MiniExcel.Query(path, useHeaderRow: false, sheetName: sheet).First();
        var columns = header.Values.Select(v => (string)v!).ToList();
        var rows = MiniExcel.Query(path, useHeaderRow: true, sheetName: sheet)
            .Cast<IDictionary<string, object?>>()
            .Select(r => r.ToDictionary(kv => kv.Key, kv => kv.Value, StringComparer.Ordinal))
            .ToList();
        return new DeliveryTable(columns, rows);
    }

    public static string? Text(object? value) => value switch
    {
        null => null,
        DateTime d => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        double n => n.ToString(CultureInfo.InvariantCulture),
        _ => Convert.ToString(value, CultureInfo.InvariantCulture),
    };

    private static void Flatten(JsonElement element, string prefix, Dictionary<string, object?> row)
    {
        foreach (var property in element.EnumerateObject())
        {
            var name = prefix + property.Name;
            switch (property.Value.ValueKind)
            {
                case JsonValueKind.Object:
                    Flatten(property.Value, name + ".", row);
                    break;
                case JsonValueKind.Array:
                    break; // children, read by the tests that need them
                case JsonValueKind.Null:
                    row[name] = null;
                    break;
                case JsonValueKind.String:
                    row[name] = property.Value.GetString();
                    break;
                default:
                    row[name] = property.Value.GetRawText();
                    break;
            }
        }
    }
}
