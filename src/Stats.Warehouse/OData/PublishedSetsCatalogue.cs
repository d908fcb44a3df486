namespace Stats.Warehouse.OData;

/// <summary>
/// The catalogue sets next to the cubes: Indicators, Dimensions, Codes (restricted to the checked ids, so the catalogue
/// lists exactly the cubes that are served) and Vintage (SourceFreshness: <see cref="PublishedSetsFreshness"/>). Timestamps
/// are published as UTC: an ISO-8601 string plus a Date, computed from epoch microseconds so that the session time zone cannot shift them.
/// </summary>
internal static class PublishedSetsCatalogue
{
    /// <summary>
    /// <paramref name="staleSources"/>: <see cref="PublishedSetsFreshness.StaleByIndicator"/>, or null for a snapshot without
    /// expectations (published before migration 0009), where StaleSources is null throughout.
    /// </summary>
    public static FlatEntitySet Indicators(IReadOnlyList<string> indicatorIds, string? staleSources) => new(
        "Indicators",
        PublishedSetsNames.Format(
            $"""
            (SELECT i.indicator_id AS "Id", '{PublishedSetsNames.IndicatorPrefix}' || i.indicator_id AS "EntitySet", title AS "Title",
                    definition AS "Definition", unit AS "Unit", measure AS "Measure", breakdowns AS "Breakdowns", sources AS "Sources",
                    disclosure_rule AS "DisclosureRule", disclosure_k AS "DisclosureK", disclosure_reason AS "DisclosureReason",
                    estimated AS "Estimated", "references" AS "References", notes AS "Notes",
                    {(staleSources is null ? "NULL::VARCHAR" : "s.stale_sources")} AS "StaleSources"
             FROM ind_indicator i
             {(staleSources is null ? string.Empty : $"LEFT JOIN {staleSources} s ON s.indicator_id = i.indicator_id")}
             WHERE i.indicator_id IN {PublishedSetsNames.InList(indicatorIds)})
            """),
        [
            new("Id", "Id", FlatType.String, false),
            new("EntitySet", "EntitySet", FlatType.String, false),
            new("Title", "Title", FlatType.String, false),
            new("Definition", "Definition", FlatType.String, false),
            new("Unit", "Unit", FlatType.String, false),
            new("Measure", "Measure", FlatType.String, false),
            new("Breakdowns", "Breakdowns", FlatType.String, false),
            new("Sources", "Sources", FlatType.String, false),
            new("DisclosureRule", "DisclosureRule", FlatType.String, false),
            new("DisclosureK", "DisclosureK", FlatType.Int32, true),
            new("DisclosureReason", "DisclosureReason", FlatType.String, true),
            new("Estimated", "Estimated", FlatType.Boolean, false),
            new("References", "References", FlatType.String, false),
            new("Notes", "Notes", FlatType.String, true),
            new("StaleSources", "StaleSources", FlatType.String, true),
        ],
        ["Id"]);

    public static FlatEntitySet Dimensions(IReadOnlyList<PublishedSetsDimension> dimensions)
    {
        // The property name is computed here, so it travels as a VALUES list of checked ids; the join also restricts the set to them.
        var names = dimensions.Count == 0
            ? "(SELECT NULL::VARCHAR AS dimension, NULL::VARCHAR AS property WHERE FALSE)"
            : "(VALUES " + string.Join(", ", dimensions.Select(d =>
                $"({PublishedSetsNames.Literal(d.Id)}, {PublishedSetsNames.Literal(d.Property)})")) + ") AS n(dimension, property)";
        return new(
            "Dimensions",
            $"""
            (SELECT d.dimension AS "Dimension", n.property AS "Property", d.title AS "Title", d.additive AS "Additive", d.note AS "Note",
                    d.sort_order AS "SortOrder"
             FROM ind_dimension d JOIN {names} USING (dimension))
            """,
            [
                new("Dimension", "Dimension", FlatType.String, false),
                new("Property", "Property", FlatType.String, false),
                new("Title", "Title", FlatType.String, false),
                new("Additive", "Additive", FlatType.Boolean, false),
                new("Note", "Note", FlatType.String, true),
                new("SortOrder", "SortOrder", FlatType.Int32, false),
            ],
            ["Dimension"]);
    }

    /// <summary>Every code of every dimension, plus the total '_T' ('Total', first), as the cube sets label them.</summary>
    public static FlatEntitySet Codes(IReadOnlyList<PublishedSetsDimension> dimensions) => new(
        "Codes",
        $"""
        (SELECT dimension AS "Dimension", code AS "Code", min(label) AS "Label", min(sort_order) AS "SortOrder"
         FROM (SELECT dimension, code, label, sort_order FROM ind_code
               UNION ALL SELECT dimension, '_T', 'Total', -1 FROM ind_dimension)
         WHERE dimension IN {PublishedSetsNames.InList(dimensions.Select(d => d.Id))}
         GROUP BY dimension, code)
        """,
        [
            new("Dimension", "Dimension", FlatType.String, false),
            new("Code", "Code", FlatType.String, false),
            new("Label", "Label", FlatType.String, false),
            new("SortOrder", "SortOrder", FlatType.Int32, true),
        ],
        ["Dimension", "Code"]);

    public static FlatEntitySet Vintage() => new(
        "Vintage",
        """
        (SELECT CAST(vintage_id AS INTEGER) AS "VintageId",
                strftime(make_timestamp(epoch_us(published_at)), '%Y-%m-%dT%H:%M:%SZ') AS "PublishedAt",
                CAST(make_timestamp(epoch_us(published_at)) AS DATE) AS "PublishedDate",
                CAST(reporting_country AS VARCHAR) AS "ReportingCountry", CAST(schema_version AS INTEGER) AS "SchemaVersion"
         FROM meta_vintage)
        """,
        [
            new("VintageId", "VintageId", FlatType.Int32, false),
            new("PublishedAt", "PublishedAt", FlatType.String, false),
            new("PublishedDate", "PublishedDate", FlatType.Date, false),
            new("ReportingCountry", "ReportingCountry", FlatType.String, true),
            new("SchemaVersion", "SchemaVersion", FlatType.Int32, true),
        ],
        ["VintageId"]);

    /// <summary>Admin only: one row per loaded delivery (file names and row counts are operational, not statistical, data; the content hash is not published).</summary>
    public static FlatEntitySet LoadBatches() => new(
        "LoadBatches",
        """
        (SELECT load_batch_key AS "LoadBatchKey", contract_id AS "ContractId", source_code AS "SourceCode", file_name AS "FileName",
                strftime(make_timestamp(epoch_us(received_at)), '%Y-%m-%dT%H:%M:%SZ') AS "ReceivedAt",
                strftime(make_timestamp(epoch_us(loaded_at)), '%Y-%m-%dT%H:%M:%SZ') AS "LoadedAt",
                CAST(make_timestamp(epoch_us(loaded_at)) AS DATE) AS "LoadedDate",
                rows_read AS "RowsRead", rows_loaded AS "RowsLoaded", rows_quarantined AS "RowsQuarantined"
         FROM meta_load_batch)
        """,
        [
            new("LoadBatchKey", "LoadBatchKey", FlatType.Int64, false),
            new("ContractId", "ContractId", FlatType.String, false),
            new("SourceCode", "SourceCode", FlatType.String, false),
            new("FileName", "FileName", FlatType.String, false),
            new("ReceivedAt", "ReceivedAt", FlatType.String, false),
            new("LoadedAt", "LoadedAt", FlatType.String, false),
            new("LoadedDate", "LoadedDate", FlatType.Date, false),
            new("RowsRead", "RowsRead", FlatType.Int64, false),
            new("RowsLoaded", "RowsLoaded", FlatType.Int64, false),
            new("RowsQuarantined", "RowsQuarantined", FlatType.Int64, false),
        ],
        ["LoadBatchKey"]);
}
