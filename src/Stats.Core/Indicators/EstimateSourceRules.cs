namespace Stats.Core.Indicators;

/// <summary>
/// Rules of an indicator whose source is a model-based estimate (<c>estimate:mse</c>, sql/indicators/README.md "Sources"):
/// the estimate is one number per year, so only the total at annual frequency is published; it is an estimated number of
/// persons, flagged e; it describes no person (its input, the overlap table, is published protected as Q01B), so the
/// threshold rule does not apply and the reason must be stated; and it names the indicator whose published total is the
/// known count shown next to it.
/// </summary>
internal static class EstimateSourceRules
{
    public static void Check(string file, IndicatorDefinition indicator)
    {
        var estimate = indicator.Tables.FirstOrDefault(t => t.Source.IsEstimate);
        if (estimate is null)
        {
            if (indicator.Known is not null)
            {
                throw new IndicatorCatalogueException(
                    $"{file}: 'known' names the known count shown next to an estimate; it is only allowed with source estimate:mse.");
            }

            return;
        }

        var source = estimate.Source.Text;
        if (indicator.Tables.Count != 1 || estimate.By.Count != 0 || !estimate.Frequencies.SequenceEqual([Frequency.Annual]))
        {
            throw new IndicatorCatalogueException(
                $"{file}: source '{source}' yields one figure per year: 'tables' must be exactly [ {{ \"by\": [], \"frequencies\": [\"A\"] }} ].");
        }

        if (indicator.Breakdowns.Count != 0)
        {
            throw new IndicatorCatalogueException($"{file}: source '{source}' has no breakdowns; 'breakdowns' must be [].");
        }

        if (indicator.Measure != IndicatorMeasure.Count || !string.Equals(indicator.Unit, "persons", StringComparison.Ordinal))
        {
            throw new IndicatorCatalogueException(
                $"{file}: source '{source}' estimates a number of persons: measure must be count and unit persons, not {indicator.Measure} in {indicator.Unit}.");
        }

        if (indicator.Sql is not null)
        {
            throw new IndicatorCatalogueException($"{file}: 'sql' is given but the figure is estimated at publish ({source}), so the unit query would never be used; remove it.");
        }

        if (!indicator.Estimated)
        {
            throw new IndicatorCatalogueException($"{file}: source '{source}' is a model-based estimate: set \"estimated\": true so that every value is flagged e.");
        }

        if (indicator.Disclosure.Threshold)
        {
            throw new IndicatorCatalogueException(
                $"{file}: source '{source}' describes no person (a model-based total; its input, the overlap table, is published protected): " +
                "'disclosure' must be { \"rule\": \"none\", \"reason\": \"…\" }.");
        }

        if (indicator.Known is null)
        {
            throw new IndicatorCatalogueException(
                $"{file}: source '{source}' needs 'known': the indicator whose published total is the known count shown next to the estimate (e.g. V01).");
        }
    }

    /// <summary>The known count must be a published annual total of persons of the same catalogue.</summary>
    public static void CheckKnown(IndicatorDefinition indicator, IReadOnlyList<IndicatorDefinition> catalogue)
    {
        if (indicator.Known is not { } id)
        {
            return;
        }

        var file = indicator.Id + ".json";
        var known = catalogue.FirstOrDefault(i => string.Equals(i.Id, id, StringComparison.Ordinal))
            ?? throw new IndicatorCatalogueException($"{file}: known '{id}' is not an indicator of the catalogue.");
        if (known.Measure != IndicatorMeasure.Count || !string.Equals(known.Unit, "persons", StringComparison.Ordinal)
            || known.TableFor([], Frequency.Annual) is null || known.Tables.Any(t => t.Source.IsEstimate))
        {
            throw new IndicatorCatalogueException(
                $"{file}: known '{id}' must be a count of persons, not an estimate, that publishes its annual total.");
        }
    }
}
