namespace Stats.Core.Indicators;

/// <summary>
/// Cross-checks of the sources of an indicator's tables (sql/indicators/README.md, "Sources"): aggregate returns state
/// counts, so only a count may use them; the unit query is needed exactly when some table is counted from microdata;
/// and every lattice cell must have one source, or two tables would publish the same cell from different sources.
/// Indicators with an estimate source follow their own rules (<see cref="EstimateSourceRules"/>).
/// </summary>
internal static class IndicatorSourceRules
{
    public static void Check(string file, IndicatorMeasure measure, string? sql, IReadOnlyList<IndicatorTable> tables)
    {
        if (tables.Any(t => t.Source.IsEstimate))
        {
            return;
        }

        var aggregate = tables.FirstOrDefault(t => t.Source.IsAggregate);
        if (aggregate is not null && measure != IndicatorMeasure.Count)
        {
            throw new IndicatorCatalogueException(
                $"{file}: table '{aggregate.Name}' has source '{aggregate.Source.Text}', but aggregate returns state counts: only measure count may use them, not {measure}.");
        }

        var microdata = tables.Any(t => t.Source.IsMicrodata);
        if (measure != IndicatorMeasure.Rate && microdata && sql is null)
        {
            throw new IndicatorCatalogueException($"{file}: 'sql' (the unit query file) is required for measure {measure}.");
        }

        if (!microdata && sql is not null)
        {
            throw new IndicatorCatalogueException(
                $"{file}: 'sql' is given but every table comes from an aggregate return, so the unit query would never be used; remove it.");
        }

        CheckLattices(file, tables);
    }

    /// <summary>
    /// A lattice without a table of exactly its breakdowns takes its source from the tables containing it; they must agree.
    /// </summary>
    private static void CheckLattices(string file, IReadOnlyList<IndicatorTable> tables)
    {
        foreach (var frequency in Frequencies.All)
        {
            var published = tables.Where(t => t.Frequencies.Contains(frequency)).ToList();
            foreach (var by in published.SelectMany(t => t.Lattice()))
            {
                if (published.Any(t => t.By.Count == by.Count && t.Covers(by)))
                {
                    continue;
                }

                var containing = published.Where(t => t.Covers(by)).ToList();
                var other = containing.FirstOrDefault(t => t.Source != containing[0].Source);
                if (other is not null)
                {
                    throw new IndicatorCatalogueException(
                        $"{file}: the cells by '{string.Join(',', by)}' at {Frequencies.Code(frequency)} belong to table '{containing[0].Name}' " +
                        $"(source {containing[0].Source.Text}) and to table '{other.Name}' (source {other.Source.Text}); " +
                        $"give them the same source or add a table {{ \"by\": [{string.Join(", ", by.Select(b => $"\"{b}\""))}] }} with the source those cells take.");
                }
            }
        }
    }
}
