using Spectre.Console;
using Stats.Core.Indicators;
using Stats.Host.Cli;
using Stats.Warehouse.Indicators;

namespace Stats.Host.Output;

/// <summary>One cube as a reader sees it: a header naming what it is, one row per period and code, flags, notes.</summary>
internal static class IndicatorTables
{
    public static void Write(IAnsiConsole console, IndicatorResult result)
    {
        var by = result.Breakdowns.Count == 0 ? "total" : string.Join(" × ", result.Breakdowns.Select(b => b.Id));
        console.MarkupLineInterpolated(
            $"[bold]{result.Id} {result.Title}[/] · unit {IndicatorValueText.DescribeUnit(result.Unit)} · vintage {result.VintageId} · role {Roles.Word(result.Role)} · by {by} per {Period(result.Frequency)}");

        var table = new Table().Border(TableBorder.Rounded);
        table.AddColumn("Period");
        foreach (var column in result.Breakdowns)
        {
            table.AddColumn(column.Title);
        }

        table.AddColumn(new TableColumn("Value").RightAligned());
        table.AddColumn("Flags");
        var analyst = result.Role == IndicatorRole.Analyst;
        if (analyst)
        {
            table.AddColumn("Public release");
        }

        foreach (var row in result.Rows)
        {
            var cells = new List<string> { row.TimePeriod };
            cells.AddRange(row.Codes.Select((code, i) => Label(code, row.Labels[i])));
            cells.Add(IndicatorValueText.Format(row.Value, result.Unit));
            cells.Add(row.Flags);
            if (analyst)
            {
                cells.Add(IndicatorValueText.ConfStatus(row.ConfStatus));
            }

            table.AddRow(cells.Select(Markup.Escape).ToArray());
        }

        console.Write(table);
        console.WriteLine(IndicatorValues.FlagLegend + (analyst
            ? " Analyst view: unprotected values; 'Public release' says which cells the public sees as ':' (c)."
            : " ':' with c = suppressed by disclosure control."));
        foreach (var column in result.Breakdowns.Where(c => !c.Additive))
        {
            console.WriteLine($"Note: {column.Title} is non-additive: a unit may fall in several categories, which do not add up to the total.");
        }

        if (!string.IsNullOrWhiteSpace(result.Notes))
        {
            console.WriteLine($"Notes: {result.Notes}");
        }
    }

    /// <summary>The label, with its code when they differ, so a reader can match codes from exports.</summary>
    internal static string Label(string code, string label) =>
        code == "_T" || string.Equals(code, label, StringComparison.Ordinal) ? label : $"{label} ({code})";

    private static string Period(string frequency) => Frequencies.TryParse(frequency, out var f) ? Frequencies.Word(f) : frequency;
}
