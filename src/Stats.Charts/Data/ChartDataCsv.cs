using System.Globalization;

namespace Stats.Charts.Data;

/// <summary>The figures behind charts as CSV: one line per point; value empty when suppressed or not computable.</summary>
public static class ChartDataCsv
{
    public const string Header = "chart_id,series,time_period,category,value,flags,conf_status";

    public static void Write(IEnumerable<ChartData> charts, TextWriter writer)
    {
        ArgumentNullException.ThrowIfNull(charts);
        ArgumentNullException.ThrowIfNull(writer);
        writer.Write(Header + "\n");
        foreach (var chart in charts)
        {
            foreach (var series in chart.Series)
            {
                foreach (var p in series.Points)
                {
                    var value = p.Value is { } v ? v.ToString("R", CultureInfo.InvariantCulture) : "";
                    writer.Write(string.Join(',', Field(chart.ChartId), Field(series.Name), Field(p.TimePeriod), Field(p.Category), value, Field(p.Flags), Field(p.ConfStatus)));
                    writer.Write('\n');
                }
            }
        }
    }

    private static string Field(string text) =>
        text.IndexOfAny([',', '"', '\n', '\r']) < 0 ? text : "\"" + text.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";
}
