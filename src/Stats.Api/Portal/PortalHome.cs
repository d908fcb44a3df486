using System.Globalization;
using Stats.Warehouse.Indicators;

namespace Stats.Api.Portal;

/// <summary>The home page: the served vintage, every indicator with its latest annual total, charts, sources' freshness, downloads.</summary>
internal static class PortalHome
{
    public static string Render(
        PortalVintage vintage,
        IReadOnlyList<SnapshotIndicator> indicators,
        IReadOnlyDictionary<string, IndicatorTotal> totals,
        IReadOnlyList<SourceFreshnessRow> freshness,
        IReadOnlyList<PortalChart> charts,
        PortalLinks links)
    {
        var html = new PortalHtml().Begin("Indicators", vintage, links);
        html.Raw("<h1>Trafficking in human beings: indicators</h1>\n<p class=\"lead\">")
            .Text(string.Create(CultureInfo.InvariantCulture,
                $"Figures of vintage {vintage.Id}, published {vintage.PublishedAt:yyyy-MM-dd HH:mm} UTC. Every figure is disclosure-controlled."))
            .Raw("</p>\n");

        html.Raw("<section id=\"indicators\"><h2>Indicators</h2>\n<div class=\"scroll\"><table class=\"indicators\">")
            .Raw("<thead><tr><th scope=\"col\">Id</th><th scope=\"col\">Indicator</th><th scope=\"col\">Year</th>")
            .Raw("<th scope=\"col\" class=\"num\">Total</th><th scope=\"col\">Flags</th><th scope=\"col\">Unit</th></tr></thead>\n<tbody>\n");
        foreach (var indicator in indicators)
        {
            totals.TryGetValue(indicator.Id, out var total);
            html.Raw("<tr").Raw(PortalHtml.Attribute("data-indicator", indicator.Id)).Raw(">")
                .Element("td", indicator.Id)
                .Raw("<td>").Link(links.Indicator(indicator.Id), indicator.Title).Raw("</td>")
                .Element("td", total?.TimePeriod ?? "")
                .Raw("<td class=\"num value\"").Raw(PortalHtml.Attribute("data-value", PortalValues.Raw(total?.Value))).Raw(">")
                .Text(total is null ? "–" : IndicatorValueText.Format(total.Value, indicator.Unit)).Raw("</td>")
                .Element("td", total?.Flags ?? "", "class=\"flags\"")
                .Element("td", IndicatorValueText.DescribeUnit(indicator.Unit))
                .Raw("</tr>\n");
        }

        html.Raw("</tbody></table></div>\n").FlagLegend().Raw("</section>\n");

        if (charts.Count > 0)
        {
            html.Raw("<section id=\"charts\"><h2>Charts</h2>\n");
            foreach (var chart in charts)
            {
                html.Chart(chart);
            }

            html.Raw("</section>\n");
        }

        Freshness(html, freshness);

        html.Raw("<section id=\"downloads\"><h2>Data and downloads</h2>\n<ul class=\"downloads\">\n");
        foreach (var (title, url, description) in links.Downloads)
        {
            html.Raw("<li>").Link(url, title).Raw(": ").Text(description).Raw("</li>\n");
        }

        html.Raw("<li>").Text("Each indicator's tables as CSV: on its page.").Raw("</li>\n</ul></section>\n");
        return html.End(links).ToString();
    }

    private static void Freshness(PortalHtml html, IReadOnlyList<SourceFreshnessRow> freshness)
    {
        html.Raw("<section id=\"sources\"><h2>Sources</h2>\n");
        if (freshness.Count == 0)
        {
            html.Raw("<p>This vintage records no deliveries.</p></section>\n");
            return;
        }

        html.Raw("<p>").Text("Each source's last delivery as of the vintage's publication (" + freshness[0].AsOf + ").").Raw("</p>\n")
            .Raw("<div class=\"scroll\"><table class=\"sources\"><thead><tr><th scope=\"col\">Source</th><th scope=\"col\">Status</th>")
            .Raw("<th scope=\"col\">Last delivery</th><th scope=\"col\" class=\"num\">Days since</th></tr></thead>\n<tbody>\n");
        foreach (var source in freshness)
        {
            html.Raw("<tr").Raw(PortalHtml.Attribute("data-source", source.ContractId)).Raw(">")
                .Element("td", source.ContractId)
                .Raw("<td").Raw(PortalHtml.Attribute("class", "status " + source.Status)).Raw(">").Text(PortalValues.SourceStatus(source.Status)).Raw("</td>")
                .Element("td", source.LastLoadedDate?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "–")
                .Element("td", source.DaysSinceLastDelivery?.ToString("0", CultureInfo.InvariantCulture) ?? "–", "class=\"num\"")
                .Raw("</tr>\n");
        }

        html.Raw("</tbody></table></div></section>\n");
    }
}
