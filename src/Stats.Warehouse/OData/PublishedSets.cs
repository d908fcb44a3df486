using DuckDB.NET.Data;
using Stats.Warehouse.Sql;

namespace Stats.Warehouse.OData;

/// <summary>
/// The flat entity sets a role may read from one published snapshot: Indicators, Dimensions, Codes, one
/// <c>Indicator_&lt;ID&gt;</c> cube per indicator, Estimates (<see cref="PublishedSetsEstimates"/>), Vintage and SourceFreshness,
/// and for analysts the <c>Fact_*</c> sets (<see cref="PublishedSetsFacts"/>), the aggregate-return sets
/// (<see cref="PublishedSetsAggregates"/>) and PopulationEstimates. Names depend only on the catalogue, so they
/// stay the same across vintages. Every identifier and literal in a Relation comes from the snapshot's own catalogue and
/// is checked first (indicator ids ^[A-Z][0-9]{2}[A-Z]?$, dimension ids that are ind_cell columns); anything else is left out.
/// </summary>
public static class PublishedSets
{
    public static async Task<IReadOnlyList<FlatEntitySet>> ReadAsync(DuckDBConnection snapshot, ODataRole role, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        var tables = await NamesAsync(snapshot, "SELECT table_name FROM duckdb_tables() WHERE schema_name = 'main'", ct).ConfigureAwait(false);
        var sets = new List<FlatEntitySet>();
        var freshness = PublishedSetsFreshness.RequiredTables.All(tables.Contains);
        var withExpectations = tables.Contains(PublishedSetsFreshness.ExpectationTable);

        // Vintages published before the indicator build have no cubes; they still serve their lineage sets.
        if (new[] { "ind_cell", "ind_indicator", "ind_dimension", "ind_code" }.All(tables.Contains))
        {
            var dimensions = await DimensionsAsync(snapshot, ct).ConfigureAwait(false);
            var indicators = await IndicatorsAsync(snapshot, dimensions, ct).ConfigureAwait(false);
            sets.Add(PublishedSetsCatalogue.Indicators(
                indicators.Select(i => i.Id).ToList(), freshness && withExpectations ? PublishedSetsFreshness.StaleByIndicator() : null));
            sets.Add(PublishedSetsCatalogue.Dimensions(dimensions));
            sets.Add(PublishedSetsCatalogue.Codes(dimensions));
            sets.AddRange(indicators.Select(i => PublishedSetsCube.Build(i.Id, i.Dimensions, role)));
            if (tables.Contains(PublishedSetsEstimates.MetadataTable))
            {
                sets.Add(PublishedSetsEstimates.Estimates(role));
            }
        }

        if (role >= ODataRole.Analyst)
        {
            sets.AddRange(PublishedSetsFacts.Build(tables, await DisclosureKAsync(snapshot, tables, ct).ConfigureAwait(false)));
            if (tables.Contains(PublishedSetsAggregates.CellTable))
            {
                sets.Add(PublishedSetsAggregates.Cells());
            }

            if (tables.Contains(PublishedSetsAggregates.FindingTable))
            {
                sets.Add(PublishedSetsAggregates.Findings());
            }

            if (tables.Contains(PublishedSetsEstimates.EstimateTable))
            {
                sets.Add(PublishedSetsEstimates.PopulationEstimates());
            }
        }

        if (tables.Contains("meta_vintage"))
        {
            sets.Add(PublishedSetsCatalogue.Vintage());
        }

        if (freshness)
        {
            sets.Add(PublishedSetsFreshness.SourceFreshness(withExpectations));
        }

        if (tables.Contains("meta_load_batch") && role >= ODataRole.Admin)
        {
            sets.Add(PublishedSetsCatalogue.LoadBatches());
        }

        return sets;
    }

    /// <summary>Registry dimensions in registry order whose id is a plain name, is a column of ind_cell and maps to a free property name.</summary>
    private static async Task<List<PublishedSetsDimension>> DimensionsAsync(DuckDBConnection snapshot, CancellationToken ct)
    {
        var columns = await NamesAsync(
            snapshot, "SELECT column_name FROM duckdb_columns() WHERE schema_name = 'main' AND table_name = 'ind_cell'", ct).ConfigureAwait(false);
        var ids = await NamesAsync(snapshot, "SELECT dimension FROM ind_dimension ORDER BY sort_order, dimension", ct).ConfigureAwait(false);
        var result = new List<PublishedSetsDimension>();
        foreach (var id in ids.Where(id => PublishedSetsNames.IsDimensionId(id) && columns.Contains(id)))
        {
            var property = PublishedSetsNames.Pascal(id);
            if (!PublishedSetsNames.IsIdentifier(property + "Label"))
            {
                continue;
            }

            // A clash would silently shadow a column or change a published name: the catalogue must be fixed, not guessed around.
            if (PublishedSetsCube.FixedNames.Any(n => n.Equals(property, StringComparison.OrdinalIgnoreCase) || n.Equals(property + "Label", StringComparison.OrdinalIgnoreCase))
                || result.Any(d => d.Property.Equals(property, StringComparison.OrdinalIgnoreCase)))
            {
                throw new InvalidOperationException($"Dimension '{id}' maps to the OData property '{property}', which is already taken.");
            }

            result.Add(new PublishedSetsDimension(id, property));
        }

        return result;
    }

    /// <summary>Indicators with a valid id and only breakdowns among the checked dimensions.</summary>
    private static async Task<List<(string Id, IReadOnlyList<PublishedSetsDimension> Dimensions)>> IndicatorsAsync(
        DuckDBConnection snapshot, List<PublishedSetsDimension> dimensions, CancellationToken ct)
    {
        var result = new List<(string, IReadOnlyList<PublishedSetsDimension>)>();
        await using var command = snapshot.CreateCommand(
            "SELECT indicator_id, breakdowns FROM ind_indicator ORDER BY indicator_id");
        await using var reader = await command.ExecuteReaderAsync(ct).ConfigureAwait(false);
        while (await reader.ReadAsync(ct).ConfigureAwait(false))
        {
            var id = reader.GetString(0);
            var breakdowns = reader.GetString(1).Split(',', StringSplitOptions.RemoveEmptyEntries);
            if (!PublishedSetsNames.IsIndicatorId(id) || !breakdowns.All(b => dimensions.Any(d => d.Id == b)))
            {
                continue;
            }

            result.Add((id, dimensions.Where(d => breakdowns.Contains(d.Id, StringComparer.Ordinal)).ToList()));
        }

        return result;
    }

    /// <summary>
    /// The threshold the snapshot's cubes were protected with (ind_indicator.disclosure_k), so that $apply results on the
    /// facts are suppressed exactly as the cubes; the configured default when the snapshot has no cubes.
    /// </summary>
    private static async Task<int> DisclosureKAsync(DuckDBConnection snapshot, HashSet<string> tables, CancellationToken ct)
    {
        var fallback = new WarehouseOptions().DisclosureK;
        if (!tables.Contains("ind_indicator"))
        {
            return fallback;
        }

        var k = await snapshot.ScalarAsync<int?>("SELECT CAST(max(disclosure_k) AS INTEGER) FROM ind_indicator", ct).ConfigureAwait(false);
        return k is >= 2 ? k.Value : fallback;
    }

    private static async Task<HashSet<string>> NamesAsync(DuckDBConnection snapshot, string sql, CancellationToken ct)
    {
        var names = new List<string>();
        await using var command = snapshot.CreateCommand(sql);
        await using var reader = await command.ExecuteReaderAsync(ct).ConfigureAwait(false);
        while (await reader.ReadAsync(ct).ConfigureAwait(false))
        {
            names.Add(reader.GetString(0));
        }

        return new HashSet<string>(names, StringComparer.Ordinal);
    }
}
