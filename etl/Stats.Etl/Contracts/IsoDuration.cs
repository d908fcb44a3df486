using System.Globalization;
using System.Text.RegularExpressions;

namespace Stats.Etl.Contracts;

/// <summary>
/// ISO 8601 durations of fixed length: weeks, days, hours, minutes, seconds (P1D, P2W, PT36H, P1DT12H). Years and
/// months are refused because their length depends on the calendar, and a threshold must mean the same every month.
/// </summary>
internal static partial class IsoDuration
{
    public static bool TryParse(string? text, out TimeSpan value)
    {
        value = TimeSpan.Zero;
        if (string.IsNullOrEmpty(text) || Pattern().Match(text) is not { Success: true } m || text is "P" or "PT" || text.EndsWith('T'))
        {
            return false;
        }

        try
        {
            value = TimeSpan.FromDays((7 * Number(m, "w")) + Number(m, "d"))
                + TimeSpan.FromHours(Number(m, "h"))
                + TimeSpan.FromMinutes(Number(m, "m"))
                + TimeSpan.FromSeconds(Number(m, "s"));
            return true;
        }
        catch (OverflowException)
        {
            return false;
        }
    }

    private static double Number(Match m, string group) =>
        m.Groups[group].Success ? double.Parse(m.Groups[group].Value, NumberStyles.None, CultureInfo.InvariantCulture) : 0;

    [GeneratedRegex(@"^P(?:(?<w>\d{1,6})W)?(?:(?<d>\d{1,6})D)?(?:T(?:(?<h>\d{1,6})H)?(?:(?<m>\d{1,6})M)?(?:(?<s>\d{1,6})S)?)?$", RegexOptions.CultureInvariant)]
    private static partial Regex Pattern();
}
