using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;

namespace Stats.Charts.Packs;

/// <summary>The summary page of a pack as HTML: headline table, biggest moves, revisions, late sources.</summary>
internal static class PackSummaryHtml
{
    private static readonly HtmlEncoder Html = HtmlEncoder.Default;

    public static void Write(StringBuilder html, PackSummary summary)
    {
        var m = summary.Month;
        html.Append("<h2>").Append(E(FigureFormat.MonthName(m))).Append(" at a glance</h2>\n<table class=\"figures\">\n<thead><tr><th>Indicator</th>")
            .Append(Th(FigureFormat.Period(m.ToString()))).Append(Th(FigureFormat.Period(m.Previous.ToString()))).Append(Th("change"))
            .Append(Th(FigureFormat.Period(m.YearEarlier.ToString()))).Append(Th("change")).Append("</tr></thead>\n<tbody>\n");
        foreach (var f in summary.Headline)
        {
            html.Append("<tr><td>").Append(E(f.Title)).Append(" <span class=\"id\">").Append(E(f.IndicatorId)).Append("</span></td>")
                .Append(Td(FigureFormat.WithFlags(f.Month, f.Unit))).Append(Td(FigureFormat.WithFlags(f.PreviousMonth, f.Unit)))
                .Append(Td(FigureFormat.Change(f.Month, f.PreviousMonth, f.Unit))).Append(Td(FigureFormat.WithFlags(f.YearEarlier, f.Unit)))
                .Append(Td(FigureFormat.Change(f.Month, f.YearEarlier, f.Unit))).Append("</tr>\n");
        }

        html.Append("</tbody></table>\n<h3>Biggest moves</h3>\n");
        if (summary.Moves.Count == 0)
        {
            html.Append("<p>No published figure can be compared with an earlier period yet.</p>\n");
        }
        else
        {
            html.Append("<ol>\n");
            foreach (var move in summary.Moves)
            {
                html.Append("<li>").Append(E(move.Title)).Append(", ").Append(E(move.Category)).Append(": ")
                    .Append(E(FigureFormat.Value(move.Value, move.Unit))).Append(" in ").Append(E(FigureFormat.Period(move.Period)))
                    .Append(" against ").Append(E(FigureFormat.Value(move.Base, move.Unit))).Append(" in ").Append(E(FigureFormat.Period(move.BasePeriod)))
                    .Append(" (").Append(E(FigureFormat.Signed(move.Change, move.Unit))).Append(")</li>\n");
            }

            html.Append("</ol>\n");
        }

        WriteRevisions(html, summary.Revisions);
        html.Append("<h3>Late sources</h3>\n");
        if (summary.LateSources.Count == 0)
        {
            html.Append("<p>Every expected source had delivered on time when this vintage was published.</p>\n");
        }
        else
        {
            html.Append("<ul>\n");
            foreach (var s in summary.LateSources)
            {
                var days = s.DaysSinceLastDelivery is { } d ? string.Create(CultureInfo.InvariantCulture, $", last delivery {d:0} days before publication") : "";
                html.Append("<li>").Append(E(s.ContractId)).Append(" (").Append(E(s.SourceCode)).Append("): ")
                    .Append(E(s.Status.Replace('_', ' '))).Append(E(days)).Append("</li>\n");
            }

            html.Append("</ul>\n<p class=\"note\">Figures fed by these sources may be incomplete.</p>\n");
        }
    }

    private static void WriteRevisions(StringBuilder html, PackRevisions revisions)
    {
        html.Append("<h3>Revisions since the previous pack</h3>\n");
        if (revisions.Note is not null)
        {
            html.Append("<p>").Append(E(revisions.Note)).Append("</p>\n");
            return;
        }

        html.Append("<p>").Append(E(string.Create(CultureInfo.InvariantCulture,
            $"Against vintage {revisions.BaselineVintageId} ({revisions.BaselinePublished:yyyy-MM-dd}): {revisions.Revised} published figure(s) revised, {revisions.Added} new.")))
            .Append("</p>\n");
        if (revisions.Largest.Count > 0)
        {
            html.Append("<ul>\n");
            foreach (var r in revisions.Largest)
            {
                html.Append("<li>").Append(E(r.IndicatorId)).Append(' ').Append(E(r.Cell)).Append(": ")
                    .Append(E(FigureFormat.Value(r.Old, ""))).Append(" → ").Append(E(FigureFormat.Value(r.New, ""))).Append("</li>\n");
            }

            html.Append("</ul>\n");
        }
    }

    private static string E(string text) => Html.Encode(text);

    private static string Th(string text) => "<th>" + E(text) + "</th>";

    private static string Td(string text) => "<td class=\"n\">" + E(text) + "</td>";
}
