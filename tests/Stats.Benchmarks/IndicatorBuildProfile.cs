using System.Diagnostics;
using System.Globalization;
using System.Text;
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
    public static async Task<string> RunAsync(IndicatorWarehouse warehouse, CancellationToken ct)
    {
        var clock = new PhaseClock();
        var result = await new IndicatorBuilder(warehouse.Database, TimeProvider.System).BuildAsync(warehouse.Writer, null, clock, ct);
        var phases = clock.Phases(clock.Now);
        var catalogue = IndicatorCatalogueFiles.Load(warehouse.Database.Sql);
        var k = warehouse.Database.Options.DisclosureK;

        var text = new StringBuilder();
        text.AppendLine("| Indicator | Measure | Unit rows | Cells | Primary (C) | Secondary (D) | Unit query (s) | Cube (s) | of which protection (s) | Bare GROUPING SETS (s) |");
        text.AppendLine("|---|---|---:|---:|---:|---:|---:|---:|---:|---:|");
        var totals = new double[4];
        long cellsTotal = 0, primaryTotal = 0, secondaryTotal = 0, unitsTotal = 0;
        foreach (var cube in result.Cubes)
        {
            var indicator = catalogue.Get(cube.Id);
            var units = phases.GetValueOrDefault("units " + cube.Id).TotalSeconds;
            double? protection = null, bare = null;
            long? unitRows = null;
            if (indicator.Measure != IndicatorMeasure.Rate)
            {
                if (indicator.Disclosure.Threshold)
                {
                    protection = await ProtectionAsync(warehouse, indicator, indicator.Disclosure.EffectiveK(k), cube, ct);
                }

                (unitRows, bare) = await BareAsync(warehouse, indicator, ct);
            }

            totals[0] += units;
            totals[1] += cube.Elapsed.TotalSeconds;
            totals[2] += protection ?? 0;
            totals[3] += bare ?? 0;
            cellsTotal += cube.Cells;
            primaryTotal += cube.Primary;
            secondaryTotal += cube.Secondary;
            unitsTotal += unitRows ?? 0;
            text.AppendLine(string.Create(CultureInfo.InvariantCulture,
                $"| {cube.Id} | {indicator.Measure.ToString().ToLowerInvariant()} | {Number(unitRows)} | {cube.Cells:N0} | {cube.Primary:N0} | {cube.Secondary:N0} | {Seconds(indicator.Measure == IndicatorMeasure.Rate ? null : units)} | {cube.Elapsed.TotalSeconds:N2} | {Seconds(protection)} | {Seconds(bare)} |"));
        }

        text.AppendLine(string.Create(CultureInfo.InvariantCulture,
            $"| **all** | | {unitsTotal:N0} | {cellsTotal:N0} | {primaryTotal:N0} | {secondaryTotal:N0} | {totals[0]:N2} | {totals[1]:N2} | {totals[2]:N2} | {totals[3]:N2} |"));
        text.AppendLine();
        var flags = phases.GetValueOrDefault("flags").TotalSeconds;
        text.AppendLine(string.Create(CultureInfo.InvariantCulture,
            $"Build total {result.Elapsed.TotalSeconds:N2} s = set-up {clock.Lead.TotalSeconds:N2} s + unit queries and periods {totals[0]:N2} s + cubes {totals[1]:N2} s + flags, catalogue tables and commit {flags:N2} s (rest: bookkeeping)."));
        return text.ToString();
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

    private static string Seconds(double? value) => value is { } v ? v.ToString("N2", CultureInfo.InvariantCulture) : "-";

    private static string Number(long? value) => value is { } v ? v.ToString("N0", CultureInfo.InvariantCulture) : "-";
}
