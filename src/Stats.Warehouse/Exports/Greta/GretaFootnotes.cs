using System.Globalization;
using Stats.Warehouse.Indicators;

namespace Stats.Warehouse.Exports.Greta;

/// <summary>
/// The notes printed under a GRETA table. GRETA has said that national series are not comparable, so every table carries
/// its national definition and its source agencies, and every non-additive breakdown says that its rows do not add up.
/// </summary>
internal static class GretaFootnotes
{
    public const string NotAdditive = "The rows do not add up to the total.";

    public static IReadOnlyList<string> For(GretaFilledTable table, ExportContext context)
    {
        var indicator = table.Cube.Indicator;
        var notes = new List<string>
        {
            $"Definition ({indicator.Id} {indicator.Title}): {indicator.Definition}",
            $"Unit: {indicator.Unit}. Source agencies: {string.Join(", ", indicator.Sources)}.",
        };
        if (!string.IsNullOrWhiteSpace(indicator.Notes))
        {
            notes.Add($"Notes: {indicator.Notes}");
        }

        foreach (var dimension in table.RowDimensions)
        {
            if (!dimension.Additive)
            {
                notes.Add($"Not additive, {dimension.Title}: {dimension.Note ?? "a unit may fall under several categories."} {NotAdditive}");
            }
            else if (!string.IsNullOrWhiteSpace(dimension.Note))
            {
                notes.Add($"{dimension.Title}: {dimension.Note}");
            }
        }

        notes.Add("Total: the published total of the indicator, not a sum of the rows above.");
        notes.AddRange(table.Table.Footnotes);
        var confidential = table.ConfidentialCells;
        if (confidential > 0)
        {
            var rule = indicator.DisclosureK is { } k ? string.Create(CultureInfo.InvariantCulture, $" (threshold k = {k})") : string.Empty;
            notes.Add(context.Role == IndicatorRole.Analyst
                ? string.Create(CultureInfo.InvariantCulture,
                    $"NOT FOR PUBLICATION: {confidential} cell(s) of this table are confidential{rule}; a public export shows them without a value, flagged c.")
                : string.Create(CultureInfo.InvariantCulture,
                    $"c: {confidential} cell(s) of this table are suppressed by disclosure control{rule}, primary or secondary; they are shown without a value."));
        }

        return notes;
    }
}
