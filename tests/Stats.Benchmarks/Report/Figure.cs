using System.Globalization;

namespace Stats.Benchmarks.Report;

/// <summary>Formatting of the figures a section's prose quotes (invariant culture, as the tables).</summary>
internal static class Figure
{
    public static string Of(double value, string format = "N2") => value.ToString(format, CultureInfo.InvariantCulture);

    public static string Of(long value) => value.ToString("N0", CultureInfo.InvariantCulture);

    /// <summary>"a, b and c" of the values with the format.</summary>
    public static string List(IEnumerable<double> values, string format = "N2")
    {
        var items = values.Select(v => Of(v, format)).ToList();
        return items.Count <= 1 ? string.Join("", items) : string.Join(", ", items[..^1]) + " and " + items[^1];
    }

    /// <summary>"min–max" of the values with the format.</summary>
    /// <summary>"1.52–1.68", or the one value when both ends read the same at this precision.</summary>
    public static string Range(IReadOnlyCollection<double> values, string format = "N2")
    {
        if (values.Count == 0)
        {
            return "-";
        }

        var (low, high) = (Of(values.Min(), format), Of(values.Max(), format));
        return low == high ? low : $"{low}–{high}";
    }

    public static string Megabytes(long? bytes) => bytes is { } b ? Of(b / 1048576.0, "N0") : "-";
}
