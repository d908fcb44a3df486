namespace Stats.Warehouse.Exports.Bodies;

/// <summary>
/// sql/exports/glotip.json: the UNODC GLOTIP bulk layout: indicator texts, Sex and Age wording, the Dimensions with their
/// Category texts, the Source texts, and the reporting countries with UNODC's regions.
/// </summary>
public sealed record GlotipDefinition(
    string Unit, IReadOnlyList<GlotipIndicator> Indicators, BodyCodeList Sex, BodyCodeList Age,
    IReadOnlyList<GlotipDimension> Dimensions, GlotipSources Sources, GlotipCountries Countries)
{
    public const string FileName = "glotip.json";

    /// <summary>The columns of glotip.csv, exactly as UNODC's bulk file names them.</summary>
    public static readonly IReadOnlyList<string> Header =
    [
        "Iso3_code", "Country", "Region", "Subregion", "Indicator", "Dimension", "Category", "Sex", "Age", "Year",
        "Unit of measurement", "VALUE", "Source",
    ];

    public static async Task<GlotipDefinition> ReadAsync(string directory, CancellationToken ct)
    {
        var definition = await BodyDefinitionFile.ReadAsync<GlotipDefinition>(directory, FileName, ct).ConfigureAwait(false);
        definition.Check();
        return definition;
    }

    /// <summary>The reporting country's row; an unknown country is a request the export cannot serve.</summary>
    public GlotipCountry Country(string reportingCountry)
    {
        var iso2 = (reportingCountry ?? string.Empty).Trim().ToUpperInvariant();
        return Countries.List.FirstOrDefault(c => string.Equals(c.Iso2, iso2, StringComparison.OrdinalIgnoreCase))
            ?? throw new ExportRequestException(
                $"glotip: the vintage's reporting country '{reportingCountry}' (configuration Warehouse:ReportingCountry, recorded at publish) is not in "
                + $"sql/exports/{FileName}; add it to countries.list with its ISO3 code, English name and UNODC region and subregion. Known: "
                + string.Join(", ", Countries.List.Select(c => c.Iso2)) + ".");
    }

    /// <summary>The columns a dimension's rows are grouped by: sex, age group, and the dimension's breakdown when it has one.</summary>
    public IReadOnlyList<BodyColumn> Columns(GlotipDimension dimension)
    {
        ArgumentNullException.ThrowIfNull(dimension);
        var columns = new List<BodyColumn> { new("sex", Sex), new("age_group", Age) };
        if (dimension.Breakdown is { } breakdown)
        {
            columns.Add(new(breakdown, new BodyCodeList(dimension.Note, Sex.Total, dimension.Codes)));
        }

        return columns;
    }

    private void Check()
    {
        var where = FileName;
        if (string.IsNullOrWhiteSpace(Unit) || Indicators is null || Indicators.Count == 0 || Sex is null || Age is null || Dimensions is null
            || Dimensions.Count == 0 || Sources is null || Sources.Texts is null || Countries?.List is null || Countries.List.Count == 0)
        {
            throw new InvalidDataException($"{where}: 'unit', 'indicators', 'sex', 'age', 'dimensions', 'sources' and 'countries' are required.");
        }

        Sex.Check($"{where} sex");
        Age.Check($"{where} age");
        if (Indicators.Any(i => string.IsNullOrWhiteSpace(i.Indicator) || string.IsNullOrWhiteSpace(i.Text)))
        {
            throw new InvalidDataException($"{where} indicators: every entry needs 'indicator' (our id) and 'text' (GLOTIP's Indicator).");
        }

        foreach (var dimension in Dimensions)
        {
            var at = $"{where} dimension '{dimension.Dimension}'";
            if (string.IsNullOrWhiteSpace(dimension.Dimension) || dimension.Cells is null || dimension.Cells.Count == 0)
            {
                throw new InvalidDataException($"{at}: 'dimension' and 'cells' are required.");
            }

            if (dimension.Breakdown is null ? string.IsNullOrWhiteSpace(dimension.Category) : dimension.Codes is null || dimension.Codes.Count == 0)
            {
                throw new InvalidDataException($"{at}: a dimension without a breakdown needs 'category'; one with a breakdown needs 'codes'.");
            }
        }

        foreach (var country in Countries.List)
        {
            if (new[] { country.Iso2, country.Iso3, country.Name, country.Region, country.Subregion }.Any(string.IsNullOrWhiteSpace)
                || country.Iso2.Length != 2 || country.Iso3.Length != 3)
            {
                throw new InvalidDataException($"{where} countries: '{country.Iso2}' needs iso2 (2 letters), iso3 (3 letters), name, region and subregion.");
            }
        }
    }
}
