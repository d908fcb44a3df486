using System.Globalization;
using System.Text.RegularExpressions;

namespace Stats.Etl.Contracts;

/// <summary>
/// How the delivered text of an aggregate return reads as a year, quarter (1–4, Q1–Q4), month (1–12, M01–M12; also 01 and M1) or
/// whole-number count (-?[0-9]+). Shared by the contract validator (tokens and annual markers must not read as
/// these) and intake, so both agree on what a cell means. Input is expected trimmed.
/// </summary>
internal static partial class AggregateText
{
    public static int? Year(string text) =>
        YearPattern().IsMatch(text) ? int.Parse(text, NumberStyles.None, CultureInfo.InvariantCulture) : null;

    public static int? Quarter(string text)
    {
        var match = QuarterPattern().Match(text);
        return match.Success ? match.Groups[1].Value[0] - '0' : null;
    }

    public static int? Month(string text)
    {
        var match = MonthPattern().Match(text);
        return match.Success ? int.Parse(match.Groups[1].Value, NumberStyles.None, CultureInfo.InvariantCulture) : null;
    }

    public static bool IsWholeNumber(string text) => WholeNumberPattern().IsMatch(text);

    /// <summary>The count, or null when the text is not a whole number or does not fit 64 bits.</summary>
    public static long? WholeNumber(string text) =>
        IsWholeNumber(text) && long.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var value) ? value : null;

    [GeneratedRegex("^[0-9]{4}$", RegexOptions.CultureInvariant)]
    private static partial Regex YearPattern();

    [GeneratedRegex("^[Qq]?([1-4])$", RegexOptions.CultureInvariant)]
    private static partial Regex QuarterPattern();

    [GeneratedRegex("^[Mm]?(0[1-9]|1[0-2]|[1-9])$", RegexOptions.CultureInvariant)]
    private static partial Regex MonthPattern();

    [GeneratedRegex("^-?[0-9]+$", RegexOptions.CultureInvariant)]
    private static partial Regex WholeNumberPattern();
}
