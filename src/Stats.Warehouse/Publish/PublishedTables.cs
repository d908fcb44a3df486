namespace Stats.Warehouse.Publish;

/// <summary>
/// Which working-database tables a snapshot holds. Published: dimensions, facts, bridges, aggregates, indicator cubes
/// and their catalogue (ind_), reference tables (ref_: population, series breaks), population estimates with their input
/// (est_: served to analysts only, like the unprotected aggregates), load lineage and the sources' timeliness expectations.
/// Never published: staging (stg_), person/offender/case maps (map_: linkage keys), quarantine (qrn_),
/// catalog bookkeeping (schema_version, meta_seed_version, meta_vintage_log).
/// </summary>
internal static class PublishedTables
{
    private static readonly string[] Prefixes = ["dim_", "fct_", "brg_", "agg_", "ind_", "ref_", "est_"];
    private static readonly string[] Extra = ["meta_load_batch", "meta_source_expectation"];

    // A delivered file's SHA-256 is of no use to readers and has the shape of a linkage key; keeping every
    // 64-hex value out of snapshots makes "no linkage key was published" a simple, checkable property.
    private static readonly Dictionary<string, string[]> ExcludedColumns = new(StringComparer.Ordinal)
    {
        ["meta_load_batch"] = ["content_sha256"],
    };

    public static bool IsPublished(string table) =>
        Prefixes.Any(p => table.StartsWith(p, StringComparison.Ordinal)) || Extra.Contains(table, StringComparer.Ordinal);

    public static string SelectList(string table) =>
        ExcludedColumns.TryGetValue(table, out var excluded) ? $"* EXCLUDE ({string.Join(", ", excluded)})" : "*";
}
