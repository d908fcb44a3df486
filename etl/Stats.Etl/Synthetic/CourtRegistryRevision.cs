namespace Stats.Etl.Synthetic;

/// <summary>
/// The registry's revised table for the same year: one exact cell of a sex (never an Insgesamt-sex row, which J05 by
/// form reads) raised so that it no longer adds up with its totals and moves by at least max(5, 25 %), the contract's
/// revision thresholds. A sex × category cell is a detail of two margins (its category's Insgesamt-sex row and its
/// sex's Insgesamt-category row), so raising it breaks both: a margin finding each, and one revision finding against
/// the clean table loaded before. The raise also exceeds what the censored neighbours' bounds could absorb, so every
/// broken margin is a finding. Every category is listed, so a year without convictions raises a zero cell.
/// </summary>
internal static class CourtRegistryRevision
{
    public static (List<RegistryCell> Cells, Dictionary<string, int> Findings)? Revise(IReadOnlyList<RegistryCell> cells)
    {
        var candidate = cells
            .Select((cell, index) => (Cell: cell, Index: index))
            .Where(x => x.Cell.Sex != "_T" && !x.Cell.IsCensored && TotalsAbove(cells, x.Cell).All(t => !t.Total.IsCensored))
            .OrderBy(x => x.Cell.Category == "_T")
            .ThenByDescending(x => x.Cell.Persons)
            .ThenBy(x => x.Index)
            .Select(x => x.Cell)
            .FirstOrDefault();
        if (candidate is null)
        {
            return null; // every cell of a sex is censored or sits under a censored total: a handful of convictions
        }

        var above = TotalsAbove(cells, candidate).ToList();
        List<RegistryCell> below = candidate.Category == "_T" ? [.. Details(cells, candidate, "form")] : [];
        var raise = Math.Max(5, (int)Math.Ceiling(0.25 * Math.Max(candidate.Persons, 1)));
        foreach (var (total, details) in above)
        {
            raise = Math.Max(raise, total.Persons - details.Sum(d => d.Lower) + 1);
        }

        if (below.Count > 0)
        {
            raise = Math.Max(raise, below.Sum(d => d.Upper) - candidate.Persons + 1);
        }

        var raised = candidate with { Persons = candidate.Persons + raise };
        var margins = above.Count + (below.Count > 0 ? 1 : 0);
        return ([.. cells.Select(c => ReferenceEquals(c, candidate) ? raised : c)], new() { ["margin"] = margins, ["revision"] = 1 });
    }

    /// <summary>The totals a cell is a detail of (over sex, over category), each with all its details.</summary>
    private static IEnumerable<(RegistryCell Total, List<RegistryCell> Details)> TotalsAbove(IReadOnlyList<RegistryCell> cells, RegistryCell cell)
    {
        if (cell.Sex != "_T")
        {
            var total = cells.Single(c => c.Sex == "_T" && c.Category == cell.Category);
            yield return (total, [.. Details(cells, total, "sex")]);
        }

        if (cell.Category != "_T")
        {
            var total = cells.Single(c => c.Sex == cell.Sex && c.Category == "_T");
            yield return (total, [.. Details(cells, total, "form")]);
        }
    }

    private static IEnumerable<RegistryCell> Details(IReadOnlyList<RegistryCell> cells, RegistryCell total, string over) => over == "sex"
        ? cells.Where(c => c.Category == total.Category && c.Sex != "_T")
        : cells.Where(c => c.Sex == total.Sex && c.Category != "_T");
}
