using System.Diagnostics;
using System.Globalization;
using Stats.Core.Indicators;
using Stats.Warehouse.Indicators;

namespace Stats.Benchmarks;

/// <summary>
/// One full indicator build, broken down per indicator: unit query, cube (grid, zero-fill, GROUPING SETS insert and
/// disclosure control), and within the cube the disclosure control alone, re-run on the built cells in a transaction
/// that is rolled back (it must find the same suppressions). Next to it, the bare GROUPING SETS aggregate of the same
/// units, for the SQL share. Printed as a Markdown table.
/// </summary>
internal static class IndicatorBuildProfile
{
    /// <summary>The profile as Markdown (table and the build's total), as `indicators-profile` prints it.</summary>
    public static async Task<string> RunAsync(IndicatorWarehouse warehouse, CancellationToken ct)
    {
        var profile = await MeasureAsync(warehouse, ct);
        return Report.ReportRenderer.PlainMarkdown(profile.Table()) + "\n\n" + profile.TotalLine() + "\n";
    }

    public static async Task<IndicatorProfile> MeasureAsync(IndicatorWarehouse warehouse, CancellationToken ct)
    {
        var clock = new PhaseClock();
        var result = await new IndicatorBuilder(warehouse.Database, TimeProvider.System).BuildAsync(warehouse.Writer, null, clock, ct);
        var phases = clock.Phases(clock.Now);
        var catalogue = IndicatorCatalogueFiles.Load(warehouse.Database.Sql);
        var k = warehouse.Database.Options.DisclosureK;

        var rows = new List<IndicatorProfileRow>();
        foreach (var cube in result.Cubes)
        {
            var indicator = catalogue.Get(cube.Id);
            var units = phases.GetValueOrDefault("units " + cube.Id).TotalSeconds;
            double? protection = null, bare = null;
            long? unitRows = null;
            // Indicators from aggregate returns or estimates have no unit query, and their protection reads the build's
            // temporary cube of returns, gone once the next indicator is built: neither is re-run for them.
            var fromUnits = indicator.Sql is not null;
            if (indicator.Measure != IndicatorMeasure.Rate && fromUnits)
            {
                if (indicator.Disclosure.Threshold && !indicator.Tables.Any(t => t.Source.IsAggregate))
                {
                    protection = await ProtectionAsync(warehouse, indicator, indicator.Disclosure.EffectiveK(k), cube, ct);
                }

                (unitRows, bare) = await BareAsync(warehouse, indicator, ct);
            }

            rows.Add(new IndicatorProfileRow(
                cube.Id, indicator.Measure.ToString().ToLowerInvariant(), unitRows, cube.Cells, cube.Primary, cube.Secondary,
                indicator.Measure == IndicatorMeasure.Rate || !fromUnits ? null : units, cube.Elapsed.TotalSeconds, protection, bare));
        }

        return new IndicatorProfile(rows, result.Elapsed.TotalSeconds, clock.Lead.TotalSeconds, phases.GetValueOrDefault("flags").TotalSeconds);
    }

    private static async Task<double> ProtectionAsync(
        IndicatorWarehouse warehouse, IndicatorDefinition indicator, int k, IndicatorCubeSummary cube, CancellationToken ct)
    {
        await using var tx = await warehouse.Writer.BeginTransactionAsync(ct);
        var watch = Stopwatch.StartNew();
        var (primary, secondary) = await CellProtection.ApplyAsync(warehouse.Writer, indicator, k, ct);
        watch.Stop();
        await tx.RollbackAsync(ct);
        if (primary != cube.Primary || secondary != cube.Secondary)
        {
            throw new InvalidOperationException(string.Create(CultureInfo.InvariantCulture,
                $"{indicator.Id}: re-running protection gave {primary} + {secondary} suppressions, the build {cube.Primary} + {cube.Secondary}."));
        }

        return watch.Elapsed.TotalSeconds;
    }

    private static async Task<(long UnitRows, double Seconds)> BareAsync(IndicatorWarehouse warehouse, IndicatorDefinition indicator, CancellationToken ct)
    {
        await ReferenceCubes.MaterialiseUnitsAsync(warehouse.Database, warehouse.Writer, indicator, ct);
        var rows = await ReferenceCubes.UnitRowsAsync(warehouse.Writer, indicator, ct);
        var watch = Stopwatch.StartNew();
        await ReferenceCubes.AggregateAsync(warehouse.Writer, indicator, ReferenceCubes.Shape.PublishedSets, ct);
        watch.Stop();
        await ReferenceCubes.DropAsync(warehouse.Writer, indicator, ct);
        return (rows, watch.Elapsed.TotalSeconds);
    }
}
