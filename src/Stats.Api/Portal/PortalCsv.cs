using System.Text;
using Stats.Warehouse.Indicators;

namespace Stats.Api.Portal;

/// <summary>
/// The page's table as CSV (RFC 4180, UTF-8): period, a code and a label column per breakdown, the public value (empty when
/// not published), unit, flags and confidentiality status: the same cells and values the page shows; for an estimated
/// indicator also each year's interval, model, method, status and known count as published.
/// </summary>
internal static class PortalCsv
{
    /// <param name="table">The page's table.</param>
    /// <param name="estimates">For an estimated indicator, its public estimates: each annual row gains the interval, model,
    /// method, status and the known count as published (never the persons seen); empty otherwise.</param>
    public static string Write(IndicatorResult table, IReadOnlyList<PublishedEstimate> estimates)
    {
        var csv = new StringBuilder();
        var header = new List<string> { "indicator", "time_period" };
        foreach (var column in table.Breakdowns)
        {
            header.Add(column.Id);
            header.Add(column.Id + "_label");
        }

        header.AddRange(["value", "unit", "flags", "conf_status"]);
        if (estimates.Count > 0)
        {
            header.AddRange(EstimateColumns);
        }

        Line(csv, header);
        foreach (var row in table.Rows)
        {
            var fields = new List<string> { table.Id, row.TimePeriod };
            for (var i = 0; i < row.Codes.Count; i++)
            {
                fields.Add(row.Codes[i]);
                fields.Add(row.Labels[i]);
            }

            fields.AddRange([PortalValues.Raw(row.Value), table.Unit, row.Flags, row.ConfStatus]);
            if (estimates.Count > 0)
            {
                var e = table.Frequency == "A" && row.Codes.All(c => c == "_T") ? estimates.FirstOrDefault(x => x.TimePeriod == row.TimePeriod) : null;
                fields.AddRange(e is null
                    ? EstimateColumns.Select(_ => "")
                    : [PortalValues.Raw(e.Lower), PortalValues.Raw(e.Upper), PortalValues.Raw(e.Confidence), e.Model ?? "",
                       e.IsEstimated ? e.Method : "", e.Status, e.ReasonText ?? "", e.KnownIndicatorId, PortalValues.Raw(e.KnownValue),
                       e.KnownFlags ?? "", e.KnownConfStatus ?? ""]);
            }

            Line(csv, fields);
        }

        return csv.ToString();
    }

    private static readonly string[] EstimateColumns =
        ["lower", "upper", "confidence", "model", "method", "status", "reason", "known_indicator", "known_value", "known_flags", "known_conf_status"];

    private static void Line(StringBuilder csv, IEnumerable<string> fields)
    {
        csv.Append(string.Join(',', fields.Select(Field))).Append("\r\n");
    }

    private static string Field(string value) =>
        value.AsSpan().IndexOfAny(",\"\r\n") >= 0 ? "\"" + value.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : value;
}
