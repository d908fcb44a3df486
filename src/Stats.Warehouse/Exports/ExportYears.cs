using System.Globalization;

namespace Stats.Warehouse.Exports;

/// <summary>
/// The years of an export request as `stats export --years` and <c>GET /exports/{format}?years=</c> take them: a list
/// (2024,2025), a range (2021-2025) or a mix; each year between 1900 and 2999. One rule for both channels.
/// </summary>
public static class ExportYears
{
    /// <param name="parts">The comma-separated items, already split and trimmed.</param>
    /// <param name="parameter">The parameter name the error messages start with (--years, years).</param>
    /// <exception cref="ExportRequestException">An item that is not a year or a range, naming it.</exception>
    public static IReadOnlyList<int> Parse(IEnumerable<string> parts, string parameter)
    {
        ArgumentNullException.ThrowIfNull(parts);
        var years = new List<int>();
        foreach (var part in parts)
        {
            var range = part.Split('-', StringSplitOptions.TrimEntries);
            if (range.Length is < 1 or > 2 || !range.All(IsYear))
            {
                throw new ExportRequestException($"{parameter}: '{part}' is not a year (e.g. 2025) or a range of years (e.g. 2021-2025).");
            }

            var from = int.Parse(range[0], CultureInfo.InvariantCulture);
            var to = int.Parse(range[^1], CultureInfo.InvariantCulture);
            if (to < from)
            {
                throw new ExportRequestException($"{parameter}: the range '{part}' ends before it starts.");
            }

            years.AddRange(Enumerable.Range(from, to - from + 1));
        }

        return years.Distinct().Order().ToList();
    }

    private static bool IsYear(string text) =>
        text.Length == 4 && int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var year) && year is >= 1900 and <= 2999;
}
