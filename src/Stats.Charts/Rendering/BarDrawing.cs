using ScottPlot;
using Stats.Charts.Data;
using Stats.Charts.Definitions;

namespace Stats.Charts.Rendering;

/// <summary>Horizontal bars (bar charts and the justice funnel): first category on top, values labelled.</summary>
internal static class BarDrawing
{
    public static void Draw(Plot plot, ChartData data)
    {
        var points = data.Series.SelectMany(s => s.Points).ToList();
        var n = points.Count;
        var bars = new List<Bar>();
        for (var i = 0; i < n; i++)
        {
            var p = points[i];
            var position = n - 1 - i;
            if (p.Value is not { } value)
            {
                if (p.IsSuppressed)
                {
                    ChartRenderer.SuppressedMark(plot, 0, position, horizontal: true);
                }

                continue;
            }

            var colour = data.Kind == ChartKind.Funnel ? OkabeIto.At(i) : OkabeIto.At(0);
            var bar = new Bar
            {
                Position = position,
                Value = value,
                ValueBase = 0,
                FillColor = p.IsProvisional ? colour.Lighten(0.45) : colour,
                LineColor = colour,
                LineWidth = 1,
                Label = ChartText.Label(p, data.Unit),
                Orientation = Orientation.Horizontal,
                Size = 0.7,
            };
            if (p.IsProvisional)
            {
                bar.FillHatch = new ScottPlot.Hatches.Striped(ScottPlot.Hatches.StripeDirection.DiagonalUp);
                bar.FillHatchColor = colour;
            }

            bars.Add(bar);
        }

        if (bars.Count > 0)
        {
            var plottable = plot.Add.Bars(bars);
            plottable.Horizontal = true;
            plottable.ValueLabelStyle.FontSize = 11;
        }

        plot.Axes.Left.TickGenerator = ChartRenderer.Ticks(points.Select(p => p.Category).ToList(), reversed: true);
        plot.Axes.SetLimits(0, ChartRenderer.Top(bars.Select(b => b.Value)), -0.6, Math.Max(n, 1) - 0.4);
        plot.Axes.Left.Label.Text = "";
        plot.Grid.YAxisStyle.IsVisible = false;
    }
}
