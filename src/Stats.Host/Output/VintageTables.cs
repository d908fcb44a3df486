using System.Globalization;
using Spectre.Console;
using Stats.Host.Cli;
using Stats.Warehouse.Indicators;
using Stats.Warehouse.Vintages;

namespace Stats.Host.Output;

/// <summary>The published vintages, and the cells that changed between two of them.</summary>
internal static class VintageTables
{
    public static void WriteList(IAnsiConsole console, IReadOnlyList<VintageInfo> vintages, int? current)
    {
        if (vintages.Count == 0)
        {
            console.WriteLine(VintageSelection.NoVintageYet);
            return;
        }

        var table = new Table().Border(TableBorder.Rounded).Title("Vintages");
        table.AddColumn(new TableColumn("Id").RightAligned());
        table.AddColumn("Published at (UTC)");
        table.AddColumn("File");
        table.AddColumn("");
        foreach (var v in vintages)
        {
            table.AddRow(
                v.Id.ToString(CultureInfo.InvariantCulture),
                v.PublishedAt.UtcDateTime.ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture),
                Markup.Escape(Path.GetFileName(v.FilePath)),
                v.Id == current ? "[green]current[/]" : "");
        }

        console.Write(table);
    }

    public static void WriteDiff(
        IAnsiConsole console, VintageInfo from, VintageInfo to, IndicatorRole role, IReadOnlyList<CellChange> changes, IReadOnlyDictionary<string, string> units)
    {
        var title = string.Create(CultureInfo.InvariantCulture, $"Changes from vintage {from.Id} to vintage {to.Id} ({Roles.Word(role)} values)");
        if (changes.Count > 0)
        {
            var table = new Table().Border(TableBorder.Rounded).Title(Markup.Escape(title));
            table.AddColumn("Indicator");
            table.AddColumn("Cell");
            table.AddColumn(new TableColumn("Old").RightAligned());
            table.AddColumn(new TableColumn("New").RightAligned());
            table.AddColumn("Kind");
            foreach (var c in changes)
            {
                var unit = units.GetValueOrDefault(c.IndicatorId, string.Empty);
                table.AddRow(
                    Markup.Escape(c.IndicatorId), Markup.Escape(c.CellKey),
                    Markup.Escape(IndicatorValueText.Format(c.OldValue, unit)), Markup.Escape(IndicatorValueText.Format(c.NewValue, unit)), Markup.Escape(c.Kind));
            }

            console.Write(table);
        }

        console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{changes.Count} cell(s) changed from vintage {from.Id} to vintage {to.Id} ({Roles.Word(role)} values)."));
    }
}
