using System.Diagnostics;
using System.Globalization;
using DuckDB.NET.Data;
using Stats.Core.Indicators;
using Stats.Warehouse.Indicators.Aggregates;
using Stats.Warehouse.Sql;

namespace Stats.Warehouse.Indicators;

/// <summary>
/// Builds every indicator cube of the catalogue (sql/indicators) on the writer, in one transaction: unit queries,
/// cells per period and lattice (counted from the units, or resolved from an aggregate return for tables whose source
/// is one), disclosure control, rates, flags against the previous vintage, and the catalogue tables. Runs at publish
/// after the model build and before the data tests.
/// </summary>
public sealed class IndicatorBuilder(WarehouseDatabase database, TimeProvider time)
{
    public async Task<IndicatorBuildResult> BuildAsync(
        DuckDBConnection writer, string? previousVintageFile, IProgress<string>? progress, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(writer);
        var options = database.Options;
        if (options.DisclosureK < 2)
        {
            throw new InvalidOperationException(
                $"Warehouse:DisclosureK is {options.DisclosureK}; the threshold k must be at least 2 (k = 1 would publish every count).");
        }

        var total = Stopwatch.StartNew();
        var catalogue = IndicatorCatalogueFiles.Load(database.Sql);
        var asOf = DateOnly.FromDateTime(time.GetUtcNow().UtcDateTime);
        await PreviousVintage.LoadAsync(writer, previousVintageFile, ct).ConfigureAwait(false);

        var summaries = new List<IndicatorCubeSummary>();
        await using (var tx = await writer.BeginTransactionAsync(ct).ConfigureAwait(false))
        {
            await CubeTables.CreateAsync(writer, catalogue, ct).ConfigureAwait(false);
            await writer.ExecuteAsync($"CREATE OR REPLACE TEMP TABLE {AggregateCubeSql.NotApplicableTable} (cell_id BIGINT)", ct).ConfigureAwait(false);
            // Shared unit relations (table macros) that unit queries build on.
            await writer.ExecuteAsync(database.Sql.Read(Path.Combine("build", "005_ind_macros.sql")).Text, ct).ConfigureAwait(false);
            var estimated = catalogue.Indicators.Where(i => i.Tables.Any(t => t.Source.IsEstimate)).ToList();
            var counted = catalogue.Indicators.Where(i => i.Measure != IndicatorMeasure.Rate && !estimated.Contains(i)).ToList();
            foreach (var indicator in counted.Where(i => i.HasMicrodata))
            {
                progress?.Report($"units {indicator.Id}");
                await UnitQueries.RunAsync(writer, database.Sql, indicator, options.ReportingCountry, asOf, ct).ConfigureAwait(false);
            }

            await CreatePeriodsAsync(writer, counted, estimated.Count > 0, asOf, ct).ConfigureAwait(false);
            foreach (var indicator in counted)
            {
                progress?.Report($"cube {indicator.Id}");
                summaries.Add(await BuildCountedAsync(writer, catalogue, indicator, options.DisclosureK, ct).ConfigureAwait(false));
            }

            foreach (var indicator in estimated)
            {
                progress?.Report($"cube {indicator.Id}");
                var watch = Stopwatch.StartNew();
                var cells = await EstimateCube.WriteAsync(writer, catalogue, indicator, ct).ConfigureAwait(false);
                summaries.Add(new IndicatorCubeSummary(indicator.Id, cells, 0, 0, 0, watch.Elapsed));
            }

            foreach (var indicator in catalogue.Indicators.Where(i => i.Measure == IndicatorMeasure.Rate))
            {
                progress?.Report($"cube {indicator.Id}");
                summaries.Add(await BuildRateAsync(writer, catalogue, indicator, ct).ConfigureAwait(false));
            }

            progress?.Report("flags");
            await writer.ExecuteAsync(
                database.Sql.Read(Path.Combine("build", "030_ind_flags.sql")).Text, ct,
                ("as_of", asOf.ToDateTime(TimeOnly.MinValue)), ("lag_days", options.ProvisionalLagDays)).ConfigureAwait(false);
            await CubeTables.WriteCatalogueAsync(writer, catalogue, options.DisclosureK, ct).ConfigureAwait(false);
            foreach (var indicator in counted)
            {
                await writer.ExecuteAsync($"DROP TABLE IF EXISTS {UnitQueries.TableOf(indicator)}", ct).ConfigureAwait(false);
            }

            await tx.CommitAsync(ct).ConfigureAwait(false);
        }

        var revised = await RevisedByIndicatorAsync(writer, ct).ConfigureAwait(false);
        return new IndicatorBuildResult(
            summaries.Select(s => s with { Revised = revised.GetValueOrDefault(s.Id) }).ToList(), total.Elapsed);
    }

    private async Task<IndicatorCubeSummary> BuildCountedAsync(
        DuckDBConnection writer, IndicatorCatalogue catalogue, IndicatorDefinition indicator, int configuredK, CancellationToken ct)
    {
        var watch = Stopwatch.StartNew();
        var offset = await writer.ScalarAsync<long>("SELECT coalesce(max(cell_id), 0) FROM ind_cell", ct).ConfigureAwait(false);
        var fromReturns = Lattices.Of(indicator).Where(l => indicator.LatticeSource(l.By, l.Frequency).IsAggregate).ToList();
        if (fromReturns.Count > 0)
        {
            await AggregateCube.WriteAsync(writer, catalogue, indicator, fromReturns, ct).ConfigureAwait(false);
        }

        var cells = await writer.ExecuteAsync(
            CubeSql.Insert(catalogue, indicator), ct,
            ("offset", offset), ("indicator_id", indicator.Id), ("unit", indicator.Unit), ("estimated", indicator.Estimated)).ConfigureAwait(false);
        if (fromReturns.Count > 0)
        {
            await writer.ExecuteAsync(AggregateCubeSql.NotApplicable(indicator), ct, ("indicator_id", indicator.Id)).ConfigureAwait(false);
        }

        var (primary, secondary) = indicator.Disclosure.Threshold
            ? await CellProtection.ApplyAsync(writer, indicator, indicator.Disclosure.EffectiveK(configuredK), ct).ConfigureAwait(false)
            : (0, 0);
        return new IndicatorCubeSummary(indicator.Id, cells, primary, secondary, 0, watch.Elapsed);
    }

    private async Task<IndicatorCubeSummary> BuildRateAsync(
        DuckDBConnection writer, IndicatorCatalogue catalogue, IndicatorDefinition indicator, CancellationToken ct)
    {
        var watch = Stopwatch.StartNew();
        var numerator = catalogue.Get(indicator.Rate!.Numerator);
        var offset = await writer.ScalarAsync<long>("SELECT coalesce(max(cell_id), 0) FROM ind_cell", ct).ConfigureAwait(false);
        var cells = await writer.ExecuteAsync(
            database.Sql.Read(Path.Combine("build", "020_ind_rate.sql")).Text, ct,
            ("offset", offset), ("rate_id", indicator.Id), ("numerator", numerator.Id), ("factor", indicator.Factor),
            ("estimated", indicator.Estimated), ("unit", indicator.Unit),
            ("lattices", string.Join(';', Lattices.NamesAt(indicator, Frequency.Annual)))).ConfigureAwait(false);
        var counts = await StatusCountsAsync(writer, indicator.Id, ct).ConfigureAwait(false);
        return new IndicatorCubeSummary(indicator.Id, cells, counts.Primary, counts.Secondary, 0, watch.Elapsed);
    }

    /// <summary>
    /// The periods to publish: every year with units, and every year of the aggregate returns the cubes use. Only years
    /// with units of a count or sum, or with stated counts, are zero-filled ("substantive"): max and ratio indicators
    /// (timeliness, completeness) describe sources, not events — timeliness is dated at publication — so they must not
    /// add a year of zeros to every other indicator. Years of the population estimates are published too, and are not
    /// substantive either: an estimate is not a count of that year's units, so its year zero-fills nothing.
    /// </summary>
    private async Task CreatePeriodsAsync(
        DuckDBConnection writer, List<IndicatorDefinition> indicators, bool withEstimates, DateOnly asOf, CancellationToken ct)
    {
        var parts = indicators.Where(i => i.HasMicrodata).Select(i =>
            $"SELECT ref_date, {(i.Measure is IndicatorMeasure.Count or IndicatorMeasure.Sum ? "true" : "false")} AS substantive FROM {UnitQueries.TableOf(i)}").ToList();
        if (withEstimates)
        {
            parts.Add($"SELECT make_date(\"year\", 1, 1) AS ref_date, false AS substantive FROM {Estimation.PopulationEstimation.Table}");
        }

        var contracts = indicators.SelectMany(i => i.Tables).Select(t => t.Source.Contract).OfType<string>().Distinct(StringComparer.Ordinal).ToList();
        if (contracts.Count > 0)
        {
            // Contract ids match ^[A-Za-z0-9][A-Za-z0-9_.-]*$, so ';' separates them safely; the list is a parameter.
            parts.Add("SELECT make_date(\"year\", 1, 1) AS ref_date, true AS substantive FROM fct_aggregate_cell WHERE list_contains(string_split(CAST($contracts AS VARCHAR), ';'), contract_id)");
        }

        var years = parts.Count == 0
            ? "SELECT CAST(NULL AS INTEGER) AS y, false AS substantive WHERE false"
            : "SELECT CAST(year(ref_date) AS INTEGER) AS y, bool_or(substantive) AS substantive FROM (" + string.Join(" UNION ALL ", parts) + ") GROUP BY ALL";
        await writer.ExecuteAsync(
            $"CREATE OR REPLACE TEMP TABLE ind_year AS {years}", ct, contracts.Count == 0 ? [] : [("contracts", string.Join(';', contracts))]).ConfigureAwait(false);
        await writer.ExecuteAsync(
            database.Sql.Read(Path.Combine("build", "010_ind_period.sql")).Text, ct, ("as_of", asOf.ToDateTime(TimeOnly.MinValue))).ConfigureAwait(false);
    }

    private static async Task<(long Primary, long Secondary)> StatusCountsAsync(DuckDBConnection writer, string id, CancellationToken ct) =>
        (await writer.ScalarAsync<long>("SELECT count(*) FROM ind_cell WHERE indicator_id = $id AND conf_status = 'C'", ct, ("id", id)).ConfigureAwait(false),
         await writer.ScalarAsync<long>("SELECT count(*) FROM ind_cell WHERE indicator_id = $id AND conf_status = 'D'", ct, ("id", id)).ConfigureAwait(false));

    private static async Task<Dictionary<string, long>> RevisedByIndicatorAsync(DuckDBConnection writer, CancellationToken ct)
    {
        var result = new Dictionary<string, long>(StringComparer.Ordinal);
        await using var command = writer.CreateCommand(
            "SELECT indicator_id, count(*) FROM ind_cell WHERE contains(obs_flag, 'r') GROUP BY indicator_id");
        await using var reader = await command.ExecuteReaderAsync(ct).ConfigureAwait(false);
        while (await reader.ReadAsync(ct).ConfigureAwait(false))
        {
            result[reader.GetString(0)] = Convert.ToInt64(reader.GetValue(1), CultureInfo.InvariantCulture);
        }

        return result;
    }
}
