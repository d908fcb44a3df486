using System.Globalization;

namespace Stats.Warehouse.Exports.Columnar;

/// <summary>
/// The rows of a workbook's About sheet, as (item, text) pairs: the export's provenance with metadata.json's keys, the
/// indicator's definition, unit, breakdowns, sources, disclosure rule, references and notes, the flag legend and the
/// disclosure note, so a workbook forwarded on its own still explains its figures.
/// </summary>
internal static class XlsxAboutSheet
{
    public static IEnumerable<(string Item, string Text)> Rows(ExportContext context, ExportCube cube)
    {
        foreach (var (key, value) in context.Provenance())
        {
            yield return (key, value);
        }

        var indicator = cube.Indicator;
        yield return ("indicator", indicator.Id);
        yield return ("title", indicator.Title);
        yield return ("definition", indicator.Definition);
        yield return ("unit", indicator.Unit);
        yield return ("measure", indicator.Measure);
        yield return ("years", string.Join(", ", context.Years.Select(y => y.ToString(CultureInfo.InvariantCulture))));
        foreach (var dimension in cube.Dimensions)
        {
            var text = dimension.Title + (dimension.Additive ? "" : " (not additive: its codes do not add up to the total)");
            yield return ($"breakdown {dimension.Property}", dimension.Note is { Length: > 0 } note ? $"{text}. {note}" : text);
        }

        yield return ("sources", string.Join("; ", indicator.Sources));
        yield return ("disclosure rule", indicator.DisclosureK is { } k
            ? string.Create(CultureInfo.InvariantCulture, $"{indicator.DisclosureRule} (k = {k})")
            : indicator.DisclosureRule);
        if (!string.IsNullOrWhiteSpace(indicator.References))
        {
            yield return ("references", indicator.References);
        }

        if (!string.IsNullOrWhiteSpace(indicator.Notes))
        {
            yield return ("notes", indicator.Notes);
        }

        foreach (var (flag, meaning) in ExportManifest.FlagLegend)
        {
            yield return (flag.StartsWith("CONF_STATUS", StringComparison.Ordinal) ? flag : $"flag {flag}", meaning);
        }

        yield return ("disclosure", context.DisclosureNote);
        yield return ("Data sheet", "One row per cell with the OData cube's columns; an empty Value is a suppressed cell (see Flags and ConfStatus); dates are real dates shown as yyyy-mm-dd.");
    }
}
