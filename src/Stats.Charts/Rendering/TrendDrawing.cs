using ScottPlot;
using Stats.Charts.Data;

namespace Stats.Charts.Rendering;

/// <summary>
/// Lines over months (Jan–Dec, the previous year dashed and lighter) or years. A suppressed or missing value breaks the
/// line; a suppressed one is marked "c" on the baseline. Provisional points are hollow.
/// </summary>
internal static class TrendDrawing
{
    public static void Draw(Plot plot, ChartData data)
    {
        var values = new List<double>();
        for (var s = 0; s < data.Series.Count; s++)
        {
            var series = data.Series[s];
            var colour = series.IsComparison ? OkabeIto.At(s).Lighten(0.35) : OkabeIto.At(s);
            var xs = series.Points.Select(p => (double)Position(data, p)).ToList();
            var legend = true;
            foreach (var run in Runs(series.Points))
            {
                var line = plot.Add.Scatter(run.Select(i => xs[i]).ToArray(), run.Select(i => series.Points[i].Value!.Value).ToArray(), colour);
                line.LineWidth = series.IsComparison ? 2 : 3;
                line.LinePattern = series.IsComparison ? LinePattern.Dashed : LinePattern.Solid;
                line.MarkerSize = 0;
                if (legend)
                {
                    line.LegendText = series.Name;
                    legend = false;
                }
            }

            for (var i = 0; i < series.Points.Count; i++)
            {
                var p = series.Points[i];
                if (p.Value is { } v)
                {
                    values.Add(v);
                    var marker = plot.Add.Marker(xs[i], v, p.IsProvisional ? MarkerShape.OpenCircle : MarkerShape.FilledCircle, p.IsProvisional ? 11 : 7, colour);
                    marker.LineWidth = 2;
                }
                else if (p.IsSuppressed)
                {
                    ChartRenderer.SuppressedMark(plot, xs[i], 0, horizontal: false);
                }
            }
        }

        plot.Axes.Bottom.TickGenerator = ChartRenderer.Ticks(data.Categories, reversed: false);
        plot.Axes.SetLimits(-0.5, Math.Max(data.Categories.Count, 1) - 0.5, 0, ChartRenderer.Top(values));
        plot.ShowLegend(Alignment.UpperLeft);
    }

    private static int Position(ChartData data, ChartPoint p)
    {
        var i = data.Categories.ToList().IndexOf(p.Category);
        return i >= 0 ? i : data.Categories.ToList().IndexOf(p.TimePeriod);
    }

    /// <summary>Indexes of consecutive points that have a value.</summary>
    private static IEnumerable<List<int>> Runs(IReadOnlyList<ChartPoint> points)
    {
        var run = new List<int>();
        for (var i = 0; i < points.Count; i++)
        {
            if (points[i].Value is not null)
            {
                run.Add(i);
                continue;
            }

            if (run.Count > 0)
            {
                yield return run;
                run = [];
            }
        }

        if (run.Count > 0)
        {
            yield return run;
        }
    }
}
