using System.Globalization;
using DuckDB.NET.Data;
using Stats.Core.Estimation;
using Stats.Warehouse.Sql;

namespace Stats.Warehouse.Estimation;

/// <summary>
/// The publish step between the model build and the cubes: multiple systems estimation on the overlap table of every year
/// of agg_agency_overlap, with the configured options, written to est_population_estimate in one transaction (the table
/// always describes the current model build). A year the estimator refuses (fewer than three agencies, a list without
/// overlap, …) is a row with status refused and the reason: it never fails the publish. Bad configuration does: the
/// publisher checks it (<see cref="EstimationSettings.ToOptions"/>) before the build starts.
/// </summary>
public sealed class PopulationEstimation(WarehouseDatabase database)
{
    public const string Table = "est_population_estimate";

    /// <summary>Estimates every year; returns each year with its status ("estimated", or "refused: &lt;reason&gt;").</summary>
    public async Task<IReadOnlyList<(int Year, string Status)>> RunAsync(
        DuckDBConnection writer, EstimationOptions options, IProgress<string>? progress, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(options);
        var years = await AgencyOverlapReader.YearsAsync(writer, database.Sql, ct).ConfigureAwait(false);
        var rows = new List<(int Year, OverlapTable Table, MseEstimate? Estimate, EstimationRefusedException? Refusal)>();
        foreach (var year in years)
        {
            var table = await AgencyOverlapReader.ReadAsync(writer, database.Sql, year, ct).ConfigureAwait(false);
            if (table is null)
            {
                continue;
            }

            try
            {
                rows.Add((year, table, MultipleSystemsEstimator.Estimate(table, options), null));
                progress?.Report(string.Create(CultureInfo.InvariantCulture, $"estimate {year}: estimated"));
            }
            catch (EstimationRefusedException refusal)
            {
                rows.Add((year, table, null, refusal));
                progress?.Report(string.Create(CultureInfo.InvariantCulture, $"estimate {year}: refused ({refusal.ReasonCode})"));
            }
        }

        await using (var tx = await writer.BeginTransactionAsync(ct).ConfigureAwait(false))
        {
            await writer.ExecuteAsync($"DELETE FROM {Table}", ct).ConfigureAwait(false);
            foreach (var (year, table, estimate, refusal) in rows)
            {
                await writer.ExecuteAsync(Insert, ct, Parameters(year, table, options, estimate, refusal)).ConfigureAwait(false);
            }

            await tx.CommitAsync(ct).ConfigureAwait(false);
        }

        return rows.Select(r => (r.Year, r.Refusal is null ? "estimated" : "refused: " + r.Refusal.ReasonCode)).ToList();
    }

    private const string Insert =
        $"""
        INSERT INTO {Table} VALUES ($year, $lists, $list_count, $observed, $status, $reason, $message, $total, $hidden, $lower, $upper,
            $confidence, $model, $criterion, $interval, $deviance, $df, $aic, $bic, $alternatives, $input, $warnings)
        """;

    private static (string, object?)[] Parameters(
        int year, OverlapTable table, EstimationOptions options, MseEstimate? estimate, EstimationRefusedException? refusal)
    {
        var fit = estimate?.Model;
        return
        [
            ("year", year), ("lists", string.Join(',', table.Lists)), ("list_count", table.ListCount), ("observed", table.Observed),
            ("status", estimate is null ? "refused" : "estimated"), ("reason", refusal?.ReasonCode), ("message", refusal?.Message),
            ("total", estimate?.Total), ("hidden", estimate?.Hidden), ("lower", estimate?.Lower),
            ("upper", estimate is { UpperBounded: true } ? estimate.Upper : null),
            ("confidence", options.Confidence),
            ("model", fit is null ? null : ModelSpec.Format(fit.Terms, table.Lists)),
            ("criterion", EstimationText.Criterion(options.Criterion)), ("interval", EstimationText.Interval(options.Interval)),
            ("deviance", fit?.Deviance), ("df", fit?.DegreesOfFreedom), ("aic", fit?.Aic), ("bic", fit?.Bic),
            ("alternatives", estimate is null ? null : EstimateJson.Alternatives(estimate.Alternatives)),
            ("input", EstimateJson.Table(table)),
            ("warnings", EstimateJson.Strings(estimate?.Warnings ?? [])),
        ];
    }
}
