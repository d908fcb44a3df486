using System.Globalization;
using Stats.Warehouse.Indicators;

namespace Stats.Warehouse.Exports.Greta;

/// <summary>
/// A GRETA table of layout "estimate" (V09): per year, as columns like every other table, the known victims (the published
/// total of the estimate's known indicator, with its own flag: suppressed stays suppressed), the estimated total with its
/// flag, the interval, the model and the method, and the status; under it, the note that the estimate includes the known
/// victims and must never be added to them.
/// </summary>
internal static class GretaEstimateSheet
{
    public const string NeverAdd =
        "The estimated total includes the known victims: it counts all victims, registered or not. Never add it to the known victims.";

    /// <summary>The figures' rows of the sheet: known, estimate, lower, upper, model, method, status.</summary>
    public const int Rows = 7;

    public static GretaSheet Build(GretaTable table, ExportCube cube, string knownTitle, ExportContext context)
    {
        var indicator = cube.Indicator;
        var byYear = context.Years.Select(y => cube.Estimates.FirstOrDefault(e => e.Year == y)).ToList();
        var first = cube.Estimates[0];
        var sheet = new GretaSheet(table.Id);
        sheet.Add(GretaCell.Of(table.Title, GretaStyles.Title));
        sheet.Add(GretaCell.Of(string.Create(CultureInfo.InvariantCulture,
            $"{indicator.Id} {indicator.Title}; unit: {indicator.Unit}; {context.Vintage.ReportingCountry}, vintage {context.Vintage.Id}, {context.RoleWord} export."), GretaStyles.Note));
        sheet.Blank();
        var header = new List<GretaCell> { GretaCell.Of(GretaSheets.BreakdownHeader, GretaStyles.Header) };
        foreach (var year in context.Years)
        {
            header.Add(GretaCell.Of(year.ToString(CultureInfo.InvariantCulture), GretaStyles.Header));
            header.Add(GretaCell.Of(GretaSheets.FlagHeader, GretaStyles.Header));
        }

        sheet.Add([.. header]);
        var known = first.KnownIndicatorId;
        Row(sheet, $"Known victims: {known} {knownTitle}, total as published", byYear, e => Number(e.KnownValue, e.KnownConfStatus, context), e => e.KnownFlags);
        Row(sheet, $"Estimated total number of victims, registered or not ({indicator.Id})", byYear, e => Number(e.Value, "F", context), e => e.Flags, bold: true);
        Row(sheet, $"Lower bound of the {first.Level} confidence interval", byYear,
            e => e.Lower is null && e.LowerIsKnown && e.IsEstimated ? GretaCell.Of("the known count") : Number(e.Lower, "F", context), _ => null);
        Row(sheet, $"Upper bound of the {first.Level} confidence interval", byYear,
            e => e.Upper is null && e.IsEstimated ? GretaCell.Of("no upper bound") : Number(e.Upper, "F", context), _ => null);
        Row(sheet, "Model (interactions between agency lists)", byYear, e => GretaCell.Of(e.Model), _ => null);
        Row(sheet, "Model selection; interval method", byYear, e => GretaCell.Of(e.IsEstimated ? e.Method : null), _ => null);
        Row(sheet, "Status", byYear, e => GretaCell.Of(e.IsEstimated ? "estimated" : e.Comment), _ => null);

        sheet.Blank();
        sheet.Add(GretaCell.Of(GretaSheets.NotesHeader, GretaStyles.Bold));
        foreach (var note in Notes(table, cube, known))
        {
            sheet.Add(GretaCell.Of(note, GretaStyles.Note));
        }

        sheet.Width(0, 70);
        for (var i = 0; i < context.Years.Count; i++)
        {
            sheet.Width(1 + (2 * i), 16);
            sheet.Width(2 + (2 * i), 6);
        }

        return sheet;
    }

    private static void Row(
        GretaSheet sheet, string label, IReadOnlyList<PublishedEstimate?> years, Func<PublishedEstimate, GretaCell> value,
        Func<PublishedEstimate, string?> flags, bool bold = false)
    {
        var cells = new List<GretaCell> { GretaCell.Of(label, bold ? GretaStyles.Bold : GretaStyles.Default) };
        foreach (var estimate in years)
        {
            var cell = estimate is null ? GretaCell.Empty : value(estimate);
            cells.Add(bold && cell.Number is { } n ? GretaCell.Of(n, GretaStyles.Number(n, true)) : cell);
            cells.Add(GretaCell.Of(estimate is null ? null : flags(estimate), GretaStyles.Flag));
        }

        sheet.Add([.. cells]);
    }

    /// <summary>A number, or nothing where the value is absent or (in a public export) confidential.</summary>
    private static GretaCell Number(double? value, string? confStatus, ExportContext context) =>
        value is not { } v || (context.Role != IndicatorRole.Analyst && confStatus is "C" or "D")
            ? GretaCell.Empty
            : GretaCell.Of(v, GretaStyles.Number(v, false));

    private static IEnumerable<string> Notes(GretaTable table, ExportCube cube, string known)
    {
        var indicator = cube.Indicator;
        yield return NeverAdd;
        yield return $"Known victims: the published total of {known}, with its own flag; c means it is suppressed by disclosure control, and the estimate does not give it back.";
        yield return $"Definition ({indicator.Id} {indicator.Title}): {indicator.Definition}";
        yield return $"Unit: {indicator.Unit}. Source agencies: {string.Join(", ", indicator.Sources)}.";
        if (!string.IsNullOrWhiteSpace(indicator.Notes))
        {
            yield return $"Notes: {indicator.Notes}";
        }

        foreach (var note in table.Footnotes)
        {
            yield return note;
        }
    }
}
