using ScottPlot;
using Stats.Charts.Data;

namespace Stats.Charts.Rendering;

/// <summary>
/// Categories stacked per period. Suppressed segments are not drawn one by one: what the published total leaves over
/// the published segments is one hatched grey segment "suppressed (c)".
/// </summary>
internal static class StackedDrawing
{
    public static void Draw(Plot plot, ChartData data)
    {
        var segments = data.Series.Where(s => !s.IsSuppressedRemainder && s.Name != StackedRemainder.TotalName).ToList();
        var remainder = data.Series.FirstOrDefault(s => s.IsSuppressedRemainder);
        var totals = data.Series.FirstOrDefault(s => !s.IsSuppressedRemainder && s.Name == StackedRemainder.TotalName);
        var bars = new List<Bar>();
        var tops = new List<double>();
        for (var i = 0; i < data.Categories.Count; i++)
        {
            var period = data.Categories[i];
            var bottom = 0.0;
            for (var s = 0; s < segments.Count; s++)
            {
                var p = segments[s].Points.FirstOrDefault(x => x.TimePeriod == period);
                if (p?.Value is { } v && v > 0)
                {
                    bars.Add(Segment(i, bottom, v, OkabeIto.At(s), p.IsProvisional, ChartText.Label(p, data.Unit)));
                    bottom += v;
                }
            }

            if (remainder?.Points.FirstOrDefault(x => x.TimePeriod == period) is { Value: { } rest } && rest > 0)
            {
                var grey = Segment(i, bottom, rest, OkabeIto.Suppressed.Lighten(0.5), true, ChartText.SuppressedMark);
                grey.FillHatchColor = OkabeIto.Suppressed;
                bars.Add(grey);
                bottom += rest;
            }

            var total = totals?.Points.FirstOrDefault(x => x.TimePeriod == period);
            if (total?.Value is { } t)
            {
                var label = plot.Add.Text(ChartText.Label(total, data.Unit), i, Math.Max(t, bottom));
                label.Alignment = Alignment.LowerCenter;
                label.LabelFontSize = 11;
                label.LabelBold = true;
                label.OffsetY = -2;
                tops.Add(Math.Max(t, bottom));
            }
            else if (bottom == 0 && (total?.IsSuppressed ?? false))
            {
                ChartRenderer.SuppressedMark(plot, i, 0, horizontal: false);
            }
        }

        if (bars.Count > 0)
        {
            var plottable = plot.Add.Bars(bars);
            plottable.ValueLabelStyle.FontSize = 10;
        }

        for (var s = 0; s < segments.Count; s++)
        {
            plot.Legend.ManualItems.Add(new LegendItem { LabelText = segments[s].Name, FillColor = OkabeIto.At(s) });
        }

        if (remainder is not null)
        {
            plot.Legend.ManualItems.Add(new LegendItem
            {
                LabelText = StackedRemainder.Name,
                FillColor = OkabeIto.Suppressed.Lighten(0.5),
                FillHatch = new ScottPlot.Hatches.Striped(ScottPlot.Hatches.StripeDirection.DiagonalUp),
                FillHatchColor = OkabeIto.Suppressed,
            });
        }

        plot.Axes.Bottom.TickGenerator = ChartRenderer.Ticks(data.Categories, reversed: false);
        plot.Axes.SetLimits(-0.6, Math.Max(data.Categories.Count, 1) - 0.4, 0, ChartRenderer.Top(tops));
        plot.ShowLegend(Edge.Right);
    }

    private static Bar Segment(int position, double bottom, double value, Color colour, bool hatched, string label)
    {
        var bar = new Bar
        {
            Position = position,
            ValueBase = bottom,
            Value = bottom + value,
            FillColor = hatched ? colour.Lighten(0.45) : colour,
            LineColor = Colors.White,
            LineWidth = 1,
            Label = label,
            CenterLabel = true,
            Size = 0.6,
        };
        if (hatched)
        {
            bar.FillHatch = new ScottPlot.Hatches.Striped(ScottPlot.Hatches.StripeDirection.DiagonalUp);
            bar.FillHatchColor = colour;
        }

        return bar;
    }
}
