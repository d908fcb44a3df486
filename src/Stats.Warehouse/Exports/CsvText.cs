using System.Globalization;

namespace Stats.Warehouse.Exports;

/// <summary>RFC 4180 fields and numbers for the CSV exports: invariant culture, shortest round-trip numbers, quotes only when needed.</summary>
public static class CsvText
{
    public static string Field(string? value)
    {
        if (string.IsNullOrEmpty(value))
        {
            return string.Empty;
        }

        return value.AsSpan().IndexOfAny(",\"\r\n") >= 0 ? "\"" + value.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : value;
    }

    public static string Number(double? value) => value is { } v ? v.ToString("R", CultureInfo.InvariantCulture) : string.Empty;

    public static string Line(IEnumerable<string?> fields) => string.Join(',', fields.Select(Field));
}
