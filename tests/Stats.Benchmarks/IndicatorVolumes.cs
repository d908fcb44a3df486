using System.Globalization;
using DuckDB.NET.Data;
using Stats.Etl.Synthetic;
using Stats.Warehouse.Sql;

namespace Stats.Benchmarks;

/// <summary>
/// Checks and prints that the benchmark warehouse holds ~100× the demo's volume: registrations, persons and justice
/// rows of the generator's ground truth at both sizes (same years and seeds), and what the warehouse actually holds.
/// </summary>
internal static class IndicatorVolumes
{
    private static readonly string[] JusticeContracts = ["police-suspects", "prosecution-persons", "courts-decisions"];

    public static async Task<double> PrintAsync(IndicatorWarehouseCache cache, DuckDBConnection writer, CancellationToken ct)
    {
        var (table, ratio) = await ReadAsync(cache, writer, ct);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"// Volumes, {cache.Years} years {cache.FirstYear}–{cache.FirstYear + cache.Years - 1}: demo = {IndicatorWarehouseCache.DemoPersons} persons/year, benchmark = {cache.Persons:N0}"));
        Console.WriteLine(Report.ReportRenderer.PlainMarkdown(table));
        return ratio;
    }

    /// <summary>The volume table and the smallest benchmark ÷ demo ratio; throws if the warehouse does not hold the generated volume.</summary>
    public static async Task<(Report.PlainTable Table, double Ratio)> ReadAsync(IndicatorWarehouseCache cache, DuckDBConnection writer, CancellationToken ct)
    {
        var big = cache.Truths();
        var demo = cache.DemoTruths();
        var rows = new List<(string Measure, long Demo, long Big, long Warehouse, string Table)>
        {
            ("Victim registrations", Registrations(demo), Registrations(big),
                await CountAsync(writer, "SELECT count(*) FROM fct_victim_registration", ct), "fct_victim_registration"),
            ("Distinct persons (per year)", demo.Sum(t => (long)t.DistinctPersons), big.Sum(t => (long)t.DistinctPersons),
                await CountAsync(writer, "SELECT count(*) FROM fct_victim_person_year", ct), "fct_victim_person_year"),
            ("Justice rows delivered", JusticeRows(demo), JusticeRows(big),
                await CountAsync(writer, "SELECT count(*) FROM stg_intake__justice_person_stage", ct), "stg_intake__justice_person_stage"),
            ("Justice person-case-stages", 0, 0,
                await CountAsync(writer, "SELECT count(*) FROM fct_justice_person_stage", ct), "fct_justice_person_stage"),
        };

        // The warehouse must hold what was generated, or the benchmark would measure less than it claims.
        if (rows[0].Warehouse != rows[0].Big || rows[1].Warehouse != rows[1].Big || rows[2].Warehouse != rows[2].Big)
        {
            throw new InvalidOperationException("The benchmark warehouse does not hold the generated volume; delete the cache folder and rerun.");
        }

        var table = new Report.PlainTable
        {
            Name = "volumes",
            Columns = ["Measure", "Demo (ground truth)", "Benchmark (ground truth)", "Ratio", "Benchmark warehouse", "Table"],
            Align = "lrrrrl",
            Rows = rows.Select(r => (IReadOnlyList<string>)[
                r.Measure,
                r.Demo == 0 ? "-" : r.Demo.ToString("N0", CultureInfo.InvariantCulture),
                r.Big == 0 ? "-" : r.Big.ToString("N0", CultureInfo.InvariantCulture),
                r.Demo == 0 ? "-" : (r.Big / (double)r.Demo).ToString("N1", CultureInfo.InvariantCulture) + "×",
                r.Warehouse.ToString("N0", CultureInfo.InvariantCulture),
                r.Table]).ToList(),
        };
        return (table, rows.Take(3).Min(r => r.Big / (double)r.Demo));
    }

    private static long Registrations(IEnumerable<GroundTruth> truths) => truths.Sum(t => t.Registrations.Values.Sum(v => (long)v));

    private static long JusticeRows(IEnumerable<GroundTruth> truths) =>
        truths.Sum(t => t.Deliveries.Where(d => d.Expected == "loaded" && JusticeContracts.Contains(d.Contract)).Sum(d => (long)d.RowsLoaded));

    private static async Task<long> CountAsync(DuckDBConnection writer, string sql, CancellationToken ct) =>
        await writer.ScalarAsync<long>(sql, ct);
}
