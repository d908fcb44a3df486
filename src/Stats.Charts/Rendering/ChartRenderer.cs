using ScottPlot;
using Stats.Charts.Data;
using Stats.Charts.Definitions;

namespace Stats.Charts.Rendering;

/// <summary>
/// Draws chart data with ScottPlot. Suppressed cells get no bar or point of any height, only the mark "c"; provisional
/// values are hatched or hollow; every chart carries its source, vintage, date and the legend of the flags it shows.
/// </summary>
public static class ChartRenderer
{
    public static RenderedChart Render(ChartData data, int width = 900, int height = 520)
    {
        ArgumentNullException.ThrowIfNull(data);
        ArgumentOutOfRangeException.ThrowIfLessThan(width, 200);
        ArgumentOutOfRangeException.ThrowIfLessThan(height, 150);
        var plot = new Plot();
        try
        {
            plot.Title(data.Title + "\n" + data.Subtitle, 15);
            plot.Axes.Title.Label.FontSize = 15;
            switch (data.Kind)
            {
                case ChartKind.Trend:
                    TrendDrawing.Draw(plot, data);
                    break;
                case ChartKind.StackedBar:
                    StackedDrawing.Draw(plot, data);
                    break;
                default:
                    BarDrawing.Draw(plot, data);
                    break;
            }

            var footer = plot.Axes.Bottom.Label;
            footer.Text = ChartText.Footer(data);
            footer.FontSize = 11;
            footer.Bold = false;
            footer.ForeColor = OkabeIto.Text;
            var png = plot.GetImageBytes(width, height, ImageFormat.Png);
            var svg = SvgIds.Normalize(plot.GetSvgXml(width, height));
            return new RenderedChart(data.ChartId, data.Title, png, svg, ChartText.Alt(data), data);
        }
        finally
        {
            plot.Dispose();
        }
    }

    /// <summary>Category ticks on an axis at 0, 1, 2 … (or reversed, top to bottom, for horizontal bars).</summary>
    internal static ScottPlot.TickGenerators.NumericManual Ticks(IReadOnlyList<string> categories, bool reversed)
    {
        var ticks = new ScottPlot.TickGenerators.NumericManual();
        for (var i = 0; i < categories.Count; i++)
        {
            ticks.AddMajor(reversed ? categories.Count - 1 - i : i, categories[i]);
        }

        return ticks;
    }

    /// <summary>The "c" placeholder at a suppressed position: a grey boxed letter on the baseline, never a bar.</summary>
    internal static void SuppressedMark(Plot plot, double x, double y, bool horizontal)
    {
        var text = plot.Add.Text(ChartText.SuppressedMark, x, y);
        text.LabelFontSize = 12;
        text.LabelBold = true;
        text.LabelFontColor = OkabeIto.Text;
        text.LabelBackgroundColor = OkabeIto.Suppressed.WithAlpha(0.35);
        text.LabelBorderColor = OkabeIto.Suppressed;
        text.LabelBorderWidth = 1;
        text.LabelPadding = 3;
        text.Alignment = horizontal ? Alignment.MiddleLeft : Alignment.LowerCenter;
    }

    internal static double Top(IEnumerable<double> values)
    {
        var max = values.DefaultIfEmpty(0).Max();
        return max <= 0 ? 1 : max * 1.18;
    }
}
