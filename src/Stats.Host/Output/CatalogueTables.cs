using Spectre.Console;
using Stats.Warehouse.Indicators;

namespace Stats.Host.Output;

/// <summary>The indicator catalogue: what each indicator counts, how it may be broken down, who asks for it.</summary>
internal static class CatalogueTables
{
    public static void Write(IAnsiConsole console, string title, IReadOnlyList<CatalogueEntry> entries)
    {
        var table = new Table().Border(TableBorder.Rounded).Title(Markup.Escape(title));
        table.AddColumn("Id");
        table.AddColumn("Title");
        table.AddColumn("Unit");
        table.AddColumn("Breakdowns");
        table.AddColumn("Sources");
        table.AddColumn("Disclosure");
        table.AddColumn("References");
        foreach (var e in entries)
        {
            table.AddRow(
                Markup.Escape(e.Id), Markup.Escape(e.Title), Markup.Escape(IndicatorValueText.DescribeUnit(e.Unit)),
                Markup.Escape(e.Breakdowns.Count == 0 ? "(total only)" : string.Join(", ", e.Breakdowns)),
                Markup.Escape(string.Join(", ", e.Sources)), Markup.Escape(e.Disclosure), Markup.Escape(string.Join(", ", e.References)));
        }

        console.Write(table);
        console.WriteLine("Any breakdown can be combined with one of year, quarter, month: stats indicator V04 --by sex,quarter");
    }
}
