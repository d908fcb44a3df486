using System.Text;
using Stats.Warehouse.Indicators;

namespace Stats.Api.Portal;

/// <summary>
/// The page's table as CSV (RFC 4180, UTF-8): period, a code and a label column per breakdown, the public value (empty when
/// not published), unit, flags and confidentiality status: the same cells and values the page shows.
/// </summary>
internal static class PortalCsv
{
    public static string Write(IndicatorResult table)
    {
        var csv = new StringBuilder();
        var header = new List<string> { "indicator", "time_period" };
        foreach (var column in table.Breakdowns)
        {
            header.Add(column.Id);
            header.Add(column.Id + "_label");
        }

        header.AddRange(["value", "unit", "flags", "conf_status"]);
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
            Line(csv, fields);
        }

        return csv.ToString();
    }

    private static void Line(StringBuilder csv, IEnumerable<string> fields)
    {
        csv.Append(string.Join(',', fields.Select(Field))).Append("\r\n");
    }

    private static string Field(string value) =>
        value.AsSpan().IndexOfAny(",\"\r\n") >= 0 ? "\"" + value.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : value;
}
