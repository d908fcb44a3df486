using SkiaSharp;

namespace Stats.Charts.Tests.Support;

/// <summary>What a decoded PNG holds: its size, the share of pixels that differ from the corner colour, distinct colours.</summary>
public sealed record Pixels(int Width, int Height, double InkShare, int Colours)
{
    public static Pixels Of(byte[] png)
    {
        using var bitmap = SKBitmap.Decode(png) ?? throw new InvalidOperationException("The PNG does not decode.");
        var background = bitmap.GetPixel(0, 0);
        var ink = 0;
        var colours = new HashSet<uint>();
        for (var y = 0; y < bitmap.Height; y++)
        {
            for (var x = 0; x < bitmap.Width; x++)
            {
                var pixel = bitmap.GetPixel(x, y);
                colours.Add((uint)pixel);
                if (pixel != background)
                {
                    ink++;
                }
            }
        }

        return new Pixels(bitmap.Width, bitmap.Height, (double)ink / (bitmap.Width * bitmap.Height), colours.Count);
    }
}
