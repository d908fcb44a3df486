using ScottPlot;

namespace Stats.Charts.Rendering;

/// <summary>
/// The Okabe–Ito palette (distinguishable with the common colour-vision deficiencies), in the order series take them;
/// yellow last because it is weak on white. Grey is kept for suppressed placeholders only.
/// </summary>
internal static class OkabeIto
{
    public static readonly Color[] Series =
    [
        Color.FromHex("#0072B2"), // blue
        Color.FromHex("#E69F00"), // orange
        Color.FromHex("#009E73"), // bluish green
        Color.FromHex("#D55E00"), // vermillion
        Color.FromHex("#CC79A7"), // reddish purple
        Color.FromHex("#56B4E9"), // sky blue
        Color.FromHex("#000000"), // black
        Color.FromHex("#F0E442"), // yellow
    ];

    public static readonly Color Suppressed = Color.FromHex("#999999");

    public static readonly Color Text = Color.FromHex("#000000");

    public static Color At(int index) => Series[index % Series.Length];
}
