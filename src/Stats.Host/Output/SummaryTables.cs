using Spectre.Console;

namespace Stats.Host.Output;

/// <summary>The demo's closing table: each figure, its ground truth and whether they agree.</summary>
internal static class SummaryTables
{
    public static void Write(IAnsiConsole console, string title, IReadOnlyList<FigureCheck> checks)
    {
        var table = new Table().Border(TableBorder.Rounded).Title(Markup.Escape(title));
        table.AddColumn("Figure");
        table.AddColumn(new TableColumn("Warehouse").RightAligned());
        table.AddColumn(new TableColumn("Ground truth").RightAligned());
        table.AddColumn(new TableColumn("").Centered());
        foreach (var group in checks.GroupBy(c => c.Group))
        {
            table.AddRow(new Markup($"[bold]{Markup.Escape(group.Key)}[/]"), Text.Empty, Text.Empty, Text.Empty);
            foreach (var check in group)
            {
                table.AddRow(
                    "  " + Markup.Escape(check.Figure),
                    check.Warehouse is { } w ? OutcomeTables.Number(w) : ":",
                    check.Expected is { } e ? OutcomeTables.Number(e) : check.ExpectsNoValue ? ":" : "",
                    !check.IsCompared ? "" : check.Matches ? "[green]ok[/]" : "[red]DIFFERS[/]");
            }
        }

        console.Write(table);
    }
}
