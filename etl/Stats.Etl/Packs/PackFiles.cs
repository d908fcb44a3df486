using System.Text;
using Stats.Charts.Packs;

namespace Stats.Etl.Packs;

/// <summary>The files written next to message.eml in the outbox: the document, the charts' figures, every chart as PNG and SVG.</summary>
internal static class PackFiles
{
    public static IEnumerable<(string Name, byte[] Content)> For(PackContent content, PackRecipient recipient)
    {
        var stem = $"{content.Definition.Id}-{content.Month}";
        yield return ($"{stem}.html", Encoding.UTF8.GetBytes(PackHtml.SelfContained(content, recipient)));
        yield return ($"{stem}-data.csv", Encoding.UTF8.GetBytes(content.DataCsv));
        foreach (var chart in content.Charts)
        {
            yield return ($"{chart.Id}.png", chart.Png);
            yield return ($"{chart.Id}.svg", Encoding.UTF8.GetBytes(chart.Svg));
        }
    }
}
