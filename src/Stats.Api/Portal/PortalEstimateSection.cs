using Stats.Warehouse.Indicators;

namespace Stats.Api.Portal;

/// <summary>
/// The part of an estimated indicator's page (V09) that shows each year's estimate with its interval, model and method
/// next to the known count — the published total of the indicator the estimate names (V01) with its own flags, ':' when
/// suppressed — under the note that the estimate includes the known victims and the two must never be added.
/// Public values only: the persons seen and the input table are never read here.
/// </summary>
internal static class PortalEstimateSection
{
    public const string NeverAdd = "The estimate includes the known victims; never add the two.";

    public static void Render(PortalHtml html, IReadOnlyList<PublishedEstimate> estimates, string unit)
    {
        var known = estimates[0].KnownIndicatorId;
        html.Raw("<section id=\"estimate\"><h2>Estimate and known count, by year</h2>\n")
            .Element("p", NeverAdd, "class=\"note never-add\"")
            .Raw("<div class=\"scroll\"><table class=\"cells estimates\"><thead><tr><th scope=\"col\">Year</th>")
            .Element("th", $"Known count ({known}, as published)", "scope=\"col\" class=\"num\"").Element("th", "Flags", "scope=\"col\"")
            .Element("th", "Estimated total", "scope=\"col\" class=\"num\"").Element("th", "Flags", "scope=\"col\"")
            .Element("th", $"{estimates[0].Level} confidence interval", "scope=\"col\" class=\"num\"")
            .Raw("<th scope=\"col\">Model</th><th scope=\"col\">Method</th><th scope=\"col\">Status</th></tr></thead>\n<tbody>\n");
        foreach (var e in estimates)
        {
            html.Raw("<tr").Raw(PortalHtml.Attribute("data-year", e.TimePeriod)).Raw(PortalHtml.Attribute("data-status", e.Status)).Raw(">")
                .Element("td", e.TimePeriod)
                .Raw("<td class=\"num known\"").Raw(PortalHtml.Attribute("data-value", PortalValues.Raw(e.KnownValue))).Raw(">")
                .Text(IndicatorValueText.Format(e.KnownValue, unit)).Raw("</td>")
                .Element("td", e.KnownFlags, "class=\"flags known-flags\"")
                .Raw("<td class=\"num estimate\"").Raw(PortalHtml.Attribute("data-value", PortalValues.Raw(e.Value))).Raw(">")
                .Text(IndicatorValueText.Format(e.Value, unit)).Raw("</td>")
                .Element("td", e.Flags, "class=\"flags\"")
                .Raw("<td class=\"num interval\"").Raw(PortalHtml.Attribute("data-lower", PortalValues.Raw(e.Lower)))
                .Raw(PortalHtml.Attribute("data-upper", PortalValues.Raw(e.Upper))).Raw(">").Text(e.Interval).Raw("</td>")
                .Element("td", e.Model, "class=\"model\"")
                .Element("td", e.IsEstimated ? e.Method : null, "class=\"method\"")
                .Element("td", e.IsEstimated ? "estimated" : e.Comment, "class=\"status\"").Raw("</tr>\n");
        }

        html.Raw("</tbody></table></div>\n</section>\n");
    }
}
