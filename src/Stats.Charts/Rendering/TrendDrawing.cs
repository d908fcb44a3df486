using ScottPlot;
using Stats.Charts.Data;

namespace Stats.Charts.Rendering;

/// <summary>
/// Lines over months (Jan–Dec, the previous year thinner, lighter and with square markers) or years. A suppressed or
/// missing value breaks the line; a suppressed one is marked "c" on the baseline. Provisional points are hollow. No dash
/// patterns: Skia's SVG canvas cannot draw path effects (it drops them and writes a warning to the console).
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
                    var shape = series.IsComparison
                        ? p.IsProvisional ? MarkerShape.OpenSquare : MarkerShape.FilledSquare
                        : p.IsProvisional ? MarkerShape.OpenCircle : MarkerShape.FilledCircle;
                    var marker = plot.Add.Marker(xs[i], v, shape, p.IsProvisional ? 11 : 7, colour);
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
