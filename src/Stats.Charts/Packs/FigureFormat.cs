using System.Globalization;

namespace Stats.Charts.Packs;

/// <summary>How the pack writes figures: suppressed as ':' (never 0), ratios as percentages, counts without decimals.</summary>
internal static class FigureFormat
{
    public const string Suppressed = ":";

    public static string Value(double? value, string unit) => value switch
    {
        null => Suppressed,
        { } v when unit == "ratio" => (v * 100).ToString("0.0", CultureInfo.InvariantCulture) + " %",
        { } v when Math.Abs(v - Math.Round(v)) < 1e-9 => v.ToString("#,0", CultureInfo.InvariantCulture),
        { } v => v.ToString("#,0.0", CultureInfo.InvariantCulture),
    };

    public static string WithFlags(FigureValue figure, string unit) =>
        !figure.Present ? "–" : figure.Flags.Length == 0 ? Value(figure.Value, unit) : $"{Value(figure.Value, unit)} {figure.Flags}";

    public static string Change(FigureValue now, FigureValue before, string unit)
    {
        if (now.Value is not { } a || before.Value is not { } b)
        {
            return "";
        }

        var change = a - b;
        var sign = change > 0 ? "+" : change < 0 ? "−" : "±";
        return sign + Value(Math.Abs(change), unit);
    }

    public static string Signed(double change, string unit) => (change > 0 ? "+" : change < 0 ? "−" : "±") + Value(Math.Abs(change), unit);

    public static string MonthName(PackMonth month) => month.FirstDay.ToString("MMMM yyyy", CultureInfo.InvariantCulture);

    public static string Period(string timePeriod) =>
        DateOnly.TryParseExact(timePeriod, "yyyy-MM", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d)
            ? d.ToString("MMM yyyy", CultureInfo.InvariantCulture)
            : timePeriod;
}
