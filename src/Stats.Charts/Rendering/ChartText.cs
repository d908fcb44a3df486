using System.Globalization;
using System.Text;
using Stats.Charts.Data;

namespace Stats.Charts.Rendering;

/// <summary>Value labels, the footer and the text alternative of a chart: only values the role may see.</summary>
internal static class ChartText
{
    public const string SuppressedMark = "c";

    public static string Value(double value, string unit) =>
        unit is "persons" or "cases" or "decisions" or "registrations" or "EUR" or "days"
            ? value.ToString("#,0", CultureInfo.InvariantCulture)
            : value.ToString("#,0.##", CultureInfo.InvariantCulture);

    /// <summary>The value as labelled on the chart, with its flags that matter to a reader (p, r).</summary>
    public static string Label(ChartPoint point, string unit)
    {
        if (point.Value is not { } v)
        {
            return point.IsSuppressed ? SuppressedMark : "n/a";
        }

        var flags = new string(point.Flags.Where(f => f is 'p' or 'r').ToArray());
        return flags.Length == 0 ? Value(v, unit) : Value(v, unit) + " " + flags;
    }

    public static string Footer(ChartData data) =>
        data.FlagLegend.Length == 0 ? data.SourceLine : data.SourceLine + "\n" + data.FlagLegend;

    public static string Alt(ChartData data)
    {
        var text = new StringBuilder();
        text.Append(data.Title).Append(". ").Append(data.Subtitle).Append('.');
        foreach (var series in data.Series)
        {
            text.Append(' ').Append(series.Name).Append(": ");
            text.Append(string.Join("; ", series.Points.Select(p => Describe(p, data))));
            text.Append('.');
        }

        if (data.FlagLegend.Length > 0)
        {
            text.Append(' ').Append(data.FlagLegend).Append('.');
        }

        text.Append(' ').Append(data.SourceLine).Append('.');
        return text.ToString();
    }

    private static string Describe(ChartPoint p, ChartData data)
    {
        var where = data.Kind == Definitions.ChartKind.StackedBar ? p.TimePeriod : p.Category;
        if (p.Value is null)
        {
            return where + " " + (p.IsSuppressed ? "suppressed (c)" : "not available");
        }

        var extra = (p.IsProvisional ? " provisional" : "") + (p.IsRevised ? " revised" : "");
        return where + " " + Value(p.Value.Value, data.Unit) + extra;
    }
}
