namespace Stats.Core.Indicators;

/// <summary>The indicator definitions and the dimension registry, validated together.</summary>
public sealed class IndicatorCatalogue
{
    internal IndicatorCatalogue(IReadOnlyList<IndicatorDefinition> indicators, IReadOnlyList<DimensionDefinition> dimensions)
    {
        Indicators = indicators;
        Dimensions = dimensions;
    }

    /// <summary>Indicators in id order.</summary>
    public IReadOnlyList<IndicatorDefinition> Indicators { get; }

    /// <summary>Dimensions in registry order (the column order of cubes).</summary>
    public IReadOnlyList<DimensionDefinition> Dimensions { get; }

    public IndicatorDefinition Get(string id) =>
        Indicators.FirstOrDefault(i => string.Equals(i.Id, id, StringComparison.Ordinal))
        ?? throw new UnknownIndicatorException(id, Indicators.Select(i => i.Id).ToList());

    /// <summary>Whether the categories of a dimension add up to its total.</summary>
    public bool IsAdditive(string dimension) => Dimension(dimension).Additive;

    public DimensionDefinition Dimension(string id) =>
        Dimensions.First(d => string.Equals(d.Id, id, StringComparison.Ordinal));

    /// <summary>
    /// Parses and cross-checks a catalogue. <paramref name="definitions"/> pairs each file name with its JSON text;
    /// every error names the file and the field, so a statistician can fix it without reading code.
    /// </summary>
    public static IndicatorCatalogue Parse(string dimensionsJson, IEnumerable<(string FileName, string Json)> definitions)
    {
        ArgumentNullException.ThrowIfNull(definitions);
        var dimensions = DimensionRegistryParser.Parse(dimensionsJson);
        var known = dimensions.Select(d => d.Id).ToHashSet(StringComparer.Ordinal);
        var order = dimensions.Select((d, i) => (d.Id, i)).ToDictionary(p => p.Id, p => p.i, StringComparer.Ordinal);
        var indicators = definitions
            .Select(d => IndicatorDefinitionParser.Parse(d.FileName, d.Json, known, order))
            .OrderBy(i => i.Id, StringComparer.Ordinal)
            .ToList();

        var duplicate = indicators.GroupBy(i => i.Id, StringComparer.Ordinal).FirstOrDefault(g => g.Count() > 1);
        if (duplicate is not null)
        {
            throw new IndicatorCatalogueException($"Indicator id '{duplicate.Key}' is defined more than once.");
        }

        foreach (var rate in indicators.Where(i => i.Rate is not null))
        {
            CheckRate(rate, indicators);
        }

        foreach (var estimate in indicators.Where(i => i.Known is not null))
        {
            EstimateSourceRules.CheckKnown(estimate, indicators);
        }

        return new IndicatorCatalogue(indicators, dimensions);
    }

    private static void CheckRate(IndicatorDefinition rate, List<IndicatorDefinition> indicators)
    {
        var file = rate.Id + ".json";
        var numerator = indicators.FirstOrDefault(i => string.Equals(i.Id, rate.Rate!.Numerator, StringComparison.Ordinal))
            ?? throw new IndicatorCatalogueException($"{file}: rate.numerator '{rate.Rate!.Numerator}' is not an indicator of the catalogue.");
        if (numerator.Measure != IndicatorMeasure.Count)
        {
            throw new IndicatorCatalogueException($"{file}: rate.numerator '{numerator.Id}' must be a count, not {numerator.Measure}.");
        }

        foreach (var table in rate.Tables)
        {
            var outside = table.By.FirstOrDefault(b => !RateSpec.PopulationDimensions.Contains(b, StringComparer.Ordinal));
            if (outside is not null)
            {
                throw new IndicatorCatalogueException(
                    $"{file}: table '{table.Name}' uses '{outside}', but the population has only {string.Join(", ", RateSpec.PopulationDimensions)}.");
            }

            foreach (var f in table.Frequencies)
            {
                if (f != Frequency.Annual)
                {
                    throw new IndicatorCatalogueException($"{file}: table '{table.Name}': rates are annual (the population is per year).");
                }

                if (numerator.TableFor(table.By, f) is null)
                {
                    throw new IndicatorCatalogueException(
                        $"{file}: table '{table.Name}' needs {numerator.Id} published by the same breakdowns at {Frequencies.Code(f)}.");
                }
            }
        }
    }
}
