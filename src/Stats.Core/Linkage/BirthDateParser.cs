using System.Globalization;
using System.Text.RegularExpressions;

namespace Stats.Core.Linkage;

/// <summary>
/// Parses the date spellings agencies export. Two-digit years and month-first US order are refused rather than
/// guessed: a wrong guess would silently split one person into two keys.
/// </summary>
internal static partial class BirthDateParser
{
    private const string Accepted = "yyyy-MM-dd, dd.MM.yyyy, d.M.yyyy, dd/MM/yyyy, yyyyMMdd or ISO 8601 with a time";

    public static DateOnly Parse(string raw)
    {
        var value = raw.Trim();
        if (value.Length == 0)
        {
            throw new FormatException("The date of birth is empty.");
        }

        var match = IsoDate().Match(value);
        if (match.Success)
        {
            return Build(match.Groups["y"].Value, match.Groups["m"].Value, match.Groups["d"].Value, value);
        }

        match = DayFirst().Match(value);
        if (match.Success)
        {
            return Build(match.Groups["y"].Value, match.Groups["m"].Value, match.Groups["d"].Value, value);
        }

        match = Compact().Match(value);
        if (match.Success)
        {
            return Build(match.Groups["y"].Value, match.Groups["m"].Value, match.Groups["d"].Value, value);
        }

        throw new FormatException(
            $"A date of birth shaped '{ValueShape.Of(value)}' is not in an accepted format ({Accepted}); two-digit years are refused as ambiguous.");
    }

    private static DateOnly Build(string year, string month, string day, string value)
    {
        var y = int.Parse(year, CultureInfo.InvariantCulture);
        var m = int.Parse(month, CultureInfo.InvariantCulture);
        var d = int.Parse(day, CultureInfo.InvariantCulture);
        if (y < 1 || m is < 1 or > 12 || d < 1 || d > DateTime.DaysInMonth(y, m))
        {
            throw new FormatException($"A date of birth shaped '{ValueShape.Of(value)}' is not a real calendar date (day or month out of range).");
        }

        return new DateOnly(y, m, d);
    }

    [GeneratedRegex(@"^(?<y>[0-9]{4})-(?<m>[0-9]{2})-(?<d>[0-9]{2})([T ][0-9]{2}:[0-9]{2}(:[0-9]{2}(\.[0-9]{1,9})?)?(Z|[+-][0-9]{2}(:?[0-9]{2})?)?)?$", RegexOptions.CultureInvariant)]
    private static partial Regex IsoDate();

    [GeneratedRegex(@"^(?<d>[0-9]{1,2})(?<sep>[./])(?<m>[0-9]{1,2})\k<sep>(?<y>[0-9]{4})$", RegexOptions.CultureInvariant)]
    private static partial Regex DayFirst();

    [GeneratedRegex(@"^(?<y>[0-9]{4})(?<m>[0-9]{2})(?<d>[0-9]{2})$", RegexOptions.CultureInvariant)]
    private static partial Regex Compact();
}
