using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using Stats.Charts.Rendering;
using Stats.Warehouse.Indicators;

namespace Stats.Charts.Packs;

/// <summary>
/// The pack as one HTML document a minister can read: cover lines, the summary page, then every chart with its caption.
/// The same markup serves the e-mail (images by <c>cid:</c>) and the self-contained file (images as data URIs), so the
/// two never tell different stories.
/// </summary>
public static class PackHtml
{
    private static readonly HtmlEncoder Html = HtmlEncoder.Default;

    private const string Style = """
        body{font-family:Segoe UI,Helvetica,Arial,sans-serif;color:#1a1a1a;max-width:960px;margin:0 auto;padding:12px;line-height:1.45}
        h1{font-size:1.5em;margin-bottom:.2em}h2{font-size:1.25em;border-bottom:2px solid #0072B2;padding-bottom:.2em}
        table.figures{border-collapse:collapse;width:100%}table.figures th,table.figures td{border-bottom:1px solid #ccc;padding:4px 6px;text-align:left}
        td.n{text-align:right;white-space:nowrap}.id{color:#555;font-size:.85em}.meta{color:#444}.note{color:#444;font-size:.9em}
        .banner{background:#E69F00;color:#000;padding:6px 10px;font-weight:bold}figure{margin:24px 0}img{max-width:100%;height:auto}
        figcaption{font-size:.9em;color:#333}
        """;

    public static string Render(PackContent content, PackRecipient recipient, Func<RenderedChart, string> imageSource)
    {
        ArgumentNullException.ThrowIfNull(content);
        ArgumentNullException.ThrowIfNull(recipient);
        ArgumentNullException.ThrowIfNull(imageSource);
        var month = FigureFormat.MonthName(content.Month);
        var html = new StringBuilder();
        html.Append("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">")
            .Append("<title>").Append(E($"{content.Definition.Title}: {month}")).Append("</title><style>").Append(Style).Append("</style></head>\n<body>\n");
        if (content.Role == IndicatorRole.Analyst)
        {
            html.Append("<p class=\"banner\">Analyst figures: small cells are not suppressed. Not for publication or onward sending.</p>\n");
        }

        html.Append("<h1>").Append(E(content.Definition.Title)).Append("</h1>\n<p class=\"meta\">").Append(E(month))
            .Append(" · prepared for ").Append(E(recipient.Name)).Append(" · ")
            .Append(E(content.Role == IndicatorRole.Analyst ? "analyst figures" : "published figures (disclosure control applied)")).Append("<br>")
            .Append(E(string.Create(CultureInfo.InvariantCulture,
                $"Vintage {content.Vintage.Id}, published {content.Vintage.PublishedAt.UtcDateTime:yyyy-MM-dd HH:mm} UTC · generated {content.GeneratedAt.UtcDateTime:yyyy-MM-dd HH:mm} UTC")))
            .Append("</p>\n");
        PackSummaryHtml.Write(html, content.Summary);
        html.Append("<h2>Charts</h2>\n");
        foreach (var chart in content.Charts)
        {
            html.Append("<figure><img src=\"").Append(E(imageSource(chart))).Append("\" alt=\"").Append(E(chart.AltText))
                .Append("\" width=\"900\"><figcaption>").Append(E(chart.Title)).Append(". ").Append(E(chart.AltText)).Append("</figcaption></figure>\n");
        }

        html.Append("<p class=\"note\">Flags: c confidential (suppressed to protect individuals; not zero), p provisional, r revised since the previous vintage, ")
            .Append("e estimated, b break in series. ':' marks a value that is not shown. The figures behind every chart are attached as CSV.</p>\n")
            .Append("</body></html>\n");
        return html.ToString();
    }

    public static string SelfContained(PackContent content, PackRecipient recipient) =>
        Render(content, recipient, c => "data:image/png;base64," + Convert.ToBase64String(c.Png));

    private static string E(string text) => Html.Encode(text);
}
