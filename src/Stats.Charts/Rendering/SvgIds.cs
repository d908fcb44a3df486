using System.Globalization;
using System.Text.RegularExpressions;

namespace Stats.Charts.Rendering;

/// <summary>
/// Renumbers the element ids of an SVG (Skia names clip paths from a counter shared by every SVG of the process) in
/// order of appearance, so that the same chart data always gives the same SVG text.
/// </summary>
internal static partial class SvgIds
{
    public static string Normalize(string svg)
    {
        var map = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (Match m in IdAttribute().Matches(svg))
        {
            var id = m.Groups[1].Value;
            if (!map.ContainsKey(id))
            {
                map[id] = TrailingDigits().Replace(id, "") + map.Count.ToString(CultureInfo.InvariantCulture);
            }
        }

        return map.Count == 0 ? svg : Reference().Replace(svg, m => map.TryGetValue(m.Value, out var to) ? to : m.Value);
    }

    [GeneratedRegex("\\bid=\"([^\"]+)\"")]
    private static partial Regex IdAttribute();

    [GeneratedRegex("(?<=_)[0-9A-Za-z]+$|[0-9]+$")]
    private static partial Regex TrailingDigits();

    [GeneratedRegex("(?<=\\bid=\"|#)[^\"\\)\\s#]+(?=[\"\\)])")]
    private static partial Regex Reference();
}
