using System.Text;
using System.Text.RegularExpressions;

namespace Stats.Warehouse.Exports.Sdmx;

/// <summary>
/// The SDMX 2.1 id rules the export must respect, and the one translation it makes: a registry code with characters an
/// SDMX code may not hold (the agencies dimension's combinations such as NGO1+NRM, where '+' is SDMX's OR in queries)
/// gets each such character replaced by '_'. The code list keeps the original as the code's name.
/// </summary>
internal static partial class SdmxIds
{
    /// <summary>IDType: codes and component values.</summary>
    public static bool IsCode(string value) => CodePattern().IsMatch(value);

    /// <summary>NCNameIDType: concepts, code lists, dimensions, concept schemes.</summary>
    public static bool IsNcName(string value) => NcNamePattern().IsMatch(value);

    public static bool IsAgencyId(string value) => AgencyPattern().IsMatch(value);

    public static bool IsVersion(string value) => VersionPattern().IsMatch(value);

    /// <summary>The SDMX code for a registry code; '_T' and every valid code are kept as they are.</summary>
    public static string Code(string code)
    {
        if (IsCode(code))
        {
            return code;
        }

        var sdmx = new StringBuilder(code.Length);
        foreach (var c in code)
        {
            sdmx.Append(char.IsAsciiLetterOrDigit(c) || c is '_' or '@' or '$' or '-' ? c : '_');
        }

        return sdmx.Length > 0 ? sdmx.ToString() : throw new InvalidOperationException("An empty code cannot be written to SDMX.");
    }

    /// <summary>
    /// Checks that TIME_PERIOD is in SDMX's reporting-period form for its frequency (2025, 2025-Q1, 2025-01), which the
    /// cubes already use; anything else would be a cube change the SDMX receiver cannot read, so it fails loudly.
    /// </summary>
    public static string TimePeriod(string frequency, string period, string indicator, string cellKey)
    {
        var ok = frequency switch
        {
            "A" => AnnualPattern().IsMatch(period),
            "Q" => QuarterPattern().IsMatch(period),
            "M" => MonthPattern().IsMatch(period),
            _ => false,
        };
        return ok
            ? period
            : throw new InvalidOperationException(
                $"Indicator {indicator}, cell {cellKey}: period '{period}' of frequency '{frequency}' has no SDMX form (expected 2025, 2025-Q1 or 2025-01 for A, Q, M).");
    }

    [GeneratedRegex("^[A-Za-z0-9_@$-]+$")]
    private static partial Regex CodePattern();

    [GeneratedRegex("^[A-Za-z][A-Za-z0-9_-]*$")]
    private static partial Regex NcNamePattern();

    [GeneratedRegex(@"^[A-Za-z][A-Za-z0-9_-]*(\.[A-Za-z][A-Za-z0-9_-]*)*$")]
    private static partial Regex AgencyPattern();

    [GeneratedRegex(@"^[0-9]+(\.[0-9]+)*$")]
    private static partial Regex VersionPattern();

    [GeneratedRegex("^[0-9]{4}$")]
    private static partial Regex AnnualPattern();

    [GeneratedRegex("^[0-9]{4}-Q[1-4]$")]
    private static partial Regex QuarterPattern();

    [GeneratedRegex("^[0-9]{4}-(0[1-9]|1[0-2])$")]
    private static partial Regex MonthPattern();
}
