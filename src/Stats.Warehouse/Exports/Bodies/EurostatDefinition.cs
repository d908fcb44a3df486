using System.Text.RegularExpressions;

namespace Stats.Warehouse.Exports.Bodies;

/// <summary>sql/exports/eurostat.json: the EU THB data collection tables (crim_thb_*) and the code lists they are written in.</summary>
public sealed partial record EurostatDefinition(
    string Agency, string Version, string Freq, string Unit, EurostatGeo Geo,
    IReadOnlyDictionary<string, BodyCodeList> CodeLists, IReadOnlyList<EurostatTable> Tables)
{
    public const string FileName = "eurostat.json";

    public static async Task<EurostatDefinition> ReadAsync(string directory, CancellationToken ct)
    {
        var definition = await BodyDefinitionFile.ReadAsync<EurostatDefinition>(directory, FileName, ct).ConfigureAwait(false);
        definition.Check();
        return definition;
    }

    /// <summary>The SDMX dataflow reference Eurostat writes in the DATAFLOW column, e.g. ESTAT:CRIM_THB_VSAGE(1.0).</summary>
    public string Dataflow(EurostatTable table)
    {
        ArgumentNullException.ThrowIfNull(table);
        return $"{Agency}:{table.Id.ToUpperInvariant()}({Version})";
    }

    /// <summary>The geo code of the reporting country: its ISO 3166-1 alpha-2 code, except where Eurostat writes another (GR → EL).</summary>
    public string GeoCode(string reportingCountry)
    {
        var iso2 = (reportingCountry ?? string.Empty).Trim().ToUpperInvariant();
        if (!Iso2().IsMatch(iso2))
        {
            throw new ExportRequestException(
                $"eurostat: the vintage's reporting country '{reportingCountry}' (Warehouse:ReportingCountry at publish) is not an ISO 3166-1 alpha-2 code.");
        }

        return Geo.Exceptions is not null && Geo.Exceptions.TryGetValue(iso2, out var geo) ? geo : iso2;
    }

    private void Check()
    {
        var where = FileName;
        if (new[] { Agency, Version, Freq, Unit }.Any(string.IsNullOrWhiteSpace) || Geo is null || CodeLists is null || Tables is null || Tables.Count == 0)
        {
            throw new InvalidDataException($"{where}: 'agency', 'version', 'freq', 'unit', 'geo', 'codeLists' and at least one table are required.");
        }

        foreach (var (name, list) in CodeLists)
        {
            list.Check($"{where} codeLists.{name}");
        }

        var ids = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var table in Tables)
        {
            var at = $"{where} table '{table.Id}'";
            if (string.IsNullOrWhiteSpace(table.Id) || !ids.Add(table.Id) || !TableId().IsMatch(table.Id))
            {
                throw new InvalidDataException($"{at}: every table needs a unique id of lower-case letters, digits and underscores (it names the file).");
            }

            if (table.LegStat is null || table.LegStat.Count == 0 || table.Columns is null || table.Columns.Count == 0 || table.Cells is null || table.Cells.Count == 0)
            {
                throw new InvalidDataException($"{at}: 'legStat', 'columns' and 'cells' are required.");
            }

            foreach (var column in table.Columns)
            {
                if (string.IsNullOrWhiteSpace(column.Column) || string.IsNullOrWhiteSpace(column.Breakdown) || !CodeLists.ContainsKey(column.CodeList ?? string.Empty))
                {
                    throw new InvalidDataException(
                        $"{at}: every column needs 'column', 'breakdown' and a 'codeList' of {string.Join(", ", CodeLists.Keys)} (got '{column.CodeList}').");
                }
            }
        }
    }

    [GeneratedRegex("^[A-Z]{2}$")]
    private static partial Regex Iso2();

    [GeneratedRegex("^[a-z0-9_]+$")]
    private static partial Regex TableId();
}
