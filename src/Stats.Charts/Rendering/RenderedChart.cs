using Stats.Charts.Data;

namespace Stats.Charts.Rendering;

/// <summary>A chart rendered to PNG and SVG, with its text alternative (public-safe values) and the figures behind it.</summary>
public sealed record RenderedChart(string Id, string Title, byte[] Png, string Svg, string AltText, ChartData Data);
