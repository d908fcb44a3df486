using System.Globalization;
using Spectre.Console;
using Stats.Warehouse.Reports;

namespace Stats.Host.Output;

/// <summary>Findings of aggregate returns: one row per finding, with the delivered and the expected figure.</summary>
internal static class FindingTables
{
    public static void Write(IAnsiConsole console, IReadOnlyList<AggregateFindingRow> rows)
    {
        if (rows.Count == 0)
        {
            console.MarkupLine("No findings.");
            return;
        }

        var table = new Table().Border(TableBorder.Rounded).Title("Findings of aggregate returns");
        table.AddColumn(new TableColumn("Batch").RightAligned());
        table.AddColumn("Contract");
        table.AddColumn("Check");
        table.AddColumn("Period");
        table.AddColumn("Cell");
        table.AddColumn(new TableColumn("Stated").RightAligned());
        table.AddColumn(new TableColumn("Expected").RightAligned());
        table.AddColumn("Where");
        table.AddColumn("In force");
        foreach (var row in rows)
        {
            table.AddRow(
                row.LoadBatchKey.ToString(CultureInfo.InvariantCulture),
                Markup.Escape(row.ContractId),
                Markup.Escape(row.CheckCode),
                row.Period,
                Markup.Escape(row.Coordinates),
                Number(row.Stated),
                Number(row.Expected),
                Markup.Escape(Where(row)),
                row.IsCurrent ? "yes" : "replaced");
        }

        console.Write(table);
        console.MarkupLineInterpolated($"{rows.Count} finding(s). Findings are recorded, not fatal: the delivered figures are used as delivered.");
    }

    private static string Where(AggregateFindingRow row) =>
        row.RecordNumber is { } record
            ? string.Create(CultureInfo.InvariantCulture, $"{row.FileName} row {record}{(row.ColumnName is { } c ? $" ({c})" : string.Empty)}")
            : row.FileName;

    private static string Number(double? value) => value is { } v ? v.ToString("0.##", CultureInfo.InvariantCulture) : ":";
}
