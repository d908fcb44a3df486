using System.Globalization;
using Stats.Core.Indicators;

namespace Stats.Charts.Data;

/// <summary>The periods a chart covers, relative to the pack's reference month (see dashboards/README.md).</summary>
internal static class ChartPeriods
{
    public static string MonthName(int month) => CultureInfo.InvariantCulture.DateTimeFormat.GetAbbreviatedMonthName(month);

    public static string FullMonthName(int month) => CultureInfo.InvariantCulture.DateTimeFormat.GetMonthName(month);

    public static string Month(int year, int month) => Frequencies.TimePeriod(Frequency.Monthly, new DateOnly(year, month, 1));

    public static string Year(int year) => year.ToString(CultureInfo.InvariantCulture);

    /// <summary>The period of <paramref name="frequency"/> that holds the reference month.</summary>
    public static string Of(Frequency frequency, DateOnly month) => Frequencies.TimePeriod(frequency, month);

    /// <summary>Quarters Q1 up to the reference month's quarter.</summary>
    public static List<string> QuartersToDate(DateOnly month) =>
        Enumerable.Range(1, ((month.Month - 1) / 3) + 1)
            .Select(q => Frequencies.TimePeriod(Frequency.Quarterly, new DateOnly(month.Year, ((q - 1) * 3) + 1, 1)))
            .ToList();

    /// <summary>The last <paramref name="span"/> years up to the reference year, oldest first.</summary>
    public static List<string> Years(DateOnly month, int span) =>
        Enumerable.Range(month.Year - span + 1, span).Select(Year).ToList();
}
