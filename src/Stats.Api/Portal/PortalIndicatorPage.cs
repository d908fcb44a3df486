using Stats.Warehouse.Indicators;

namespace Stats.Api.Portal;

/// <summary>
/// One indicator: definition, unit, references, notes, a link per published table, the chosen table (public values, ':' for
/// suppressed cells), for an estimated indicator its estimates next to the known count, its chart, and its downloads (CSV of
/// the table, the same cells in the OData feed).
/// </summary>
internal static class PortalIndicatorPage
{
    public static string Render(
        PortalVintage vintage,
        SnapshotIndicator indicator,
        IndicatorResult table,
        string? by,
        IReadOnlyList<PublishedTable> tables,
        IReadOnlyList<IndicatorColumn> dimensions,
        PortalChart? chart,
        string? odataUrl,
        PortalLinks links,
        IReadOnlyList<PublishedEstimate> estimates)
    {
        var html = new PortalHtml().Begin(indicator.Id + " " + indicator.Title, vintage, links);
        html.Raw("<p class=\"crumbs\">").Link(links.Home, "All indicators").Raw("</p>\n")
            .Raw("<h1>").Text(indicator.Id).Raw(" ").Text(indicator.Title).Raw("</h1>\n")
            .Element("p", indicator.Definition, "class=\"lead\"")
            .Raw("<p>").Link("#tables", "Other breakdowns and frequencies").Raw("</p>\n");

        var breakdowns = table.Breakdowns.Count == 0 ? "total" : string.Join(" × ", table.Breakdowns.Select(b => b.Title));
        html.Raw("<section id=\"table\"><h2>").Text($"{breakdowns}, by {PortalValues.FrequencyWord(table.Frequency)}").Raw("</h2>\n")
            .Raw("<div class=\"scroll\"><table class=\"cells\"><thead><tr><th scope=\"col\">Period</th>");
        foreach (var column in table.Breakdowns)
        {
            html.Element("th", column.Title, "scope=\"col\"");
        }

        html.Raw("<th scope=\"col\" class=\"num\">Value</th><th scope=\"col\">Flags</th></tr></thead>\n<tbody>\n");
        foreach (var row in table.Rows)
        {
            html.Raw("<tr").Raw(PortalHtml.Attribute("data-period", row.TimePeriod)).Raw(PortalHtml.Attribute("data-codes", string.Join('|', row.Codes)))
                .Raw(PortalHtml.Attribute("data-status", row.ConfStatus)).Raw(">")
                .Element("td", row.TimePeriod);
            for (var i = 0; i < row.Labels.Count; i++)
            {
                html.Element("td", row.Codes[i] == "_T" ? row.Labels[i] : $"{row.Labels[i]} ({row.Codes[i]})");
            }

            html.Raw("<td class=\"num value\"").Raw(PortalHtml.Attribute("data-value", PortalValues.Raw(row.Value))).Raw(">")
                .Text(IndicatorValueText.Format(row.Value, table.Unit)).Raw("</td>")
                .Element("td", row.Flags, "class=\"flags\"").Raw("</tr>\n");
        }

        html.Raw("</tbody></table></div>\n").FlagLegend().Raw("</section>\n");
        if (estimates.Count > 0)
        {
            PortalEstimateSection.Render(html, estimates, table.Unit);
        }

        if (chart is not null)
        {
            html.Raw("<section id=\"chart\"><h2>Chart</h2>\n").Chart(chart).Raw("</section>\n");
        }

        html.Raw("<section id=\"downloads\"><h2>Download this table</h2>\n<ul class=\"downloads\">\n<li>")
            .Link(links.Csv(indicator.Id, by), "CSV").Raw(": ").Text("the cells above with flags and confidentiality status").Raw("</li>\n");
        if (odataUrl is not null)
        {
            html.Raw("<li>").Link(odataUrl, "OData").Raw(": ").Text("the same cells in the feed (Excel, Power BI)").Raw("</li>\n");
        }

        html.Raw("</ul></section>\n");
        Tables(html, indicator.Id, tables, dimensions, links);
        html.Raw("<section id=\"about\"><h2>About this indicator</h2>\n<dl class=\"about\">")
            .Element("dt", "Unit").Element("dd", IndicatorValueText.DescribeUnit(indicator.Unit))
            .Element("dt", "Sources").Element("dd", string.Join(", ", indicator.Sources));
        if (indicator.References.Length > 0)
        {
            html.Element("dt", "References").Raw("<dd><ul class=\"references\">");
            foreach (var reference in indicator.References.Split("; ", StringSplitOptions.RemoveEmptyEntries))
            {
                html.Element("li", reference);
            }

            html.Raw("</ul></dd>");
        }

        if (!string.IsNullOrEmpty(indicator.Notes))
        {
            html.Element("dt", "Notes").Element("dd", indicator.Notes);
        }

        html.Raw("</dl></section>\n");

        return html.End(links).ToString();
    }

    private static void Tables(PortalHtml html, string id, IReadOnlyList<PublishedTable> tables, IReadOnlyList<IndicatorColumn> dimensions, PortalLinks links)
    {
        html.Raw("<nav id=\"tables\" class=\"tables\" aria-label=\"Published tables\"><h2>Tables</h2>\n<ul>\n");
        foreach (var table in tables)
        {
            var title = table.By.Count == 0
                ? "Total"
                : string.Join(" × ", table.By.Select(b => dimensions.FirstOrDefault(d => d.Id == b)?.Title ?? b));
            html.Raw("<li>").Text(title).Raw(": ");
            for (var i = 0; i < table.Frequencies.Count; i++)
            {
                var word = PortalValues.FrequencyWord(table.Frequencies[i]);
                var by = string.Join(',', table.By.Append(word).Where(w => w != "year"));
                html.Raw(i > 0 ? " · " : "").Link(links.Indicator(id, by.Length == 0 ? null : by), "by " + word);
            }

            html.Raw("</li>\n");
        }

        html.Raw("</ul></nav>\n");
    }
}
