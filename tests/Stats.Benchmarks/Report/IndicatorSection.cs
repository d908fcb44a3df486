namespace Stats.Benchmarks.Report;

/// <summary>
/// Issue 3: the indicator build against bare DuckDB aggregates (BenchmarkDotNet), the volumes it runs on, builds under
/// the default 2 GB memory_limit with one broken down per indicator, and one autocommit pass of the unit queries.
/// </summary>
internal sealed class IndicatorSection : IReportSection
{
    public string Id => "indicators";
    public string Title => "Issue 3: indicator cubes";
    public IReadOnlyList<Type> BenchmarkClasses => [typeof(IndicatorBuildBenchmarks)];

    public async Task<SectionMeasurement> MeasureAsync(ReportContext context, CancellationToken ct)
    {
        var cache = IndicatorWarehouseCache.Default;
        var folder = await cache.EnsureAsync(ct);
        PlainTable volumes;
        double volumeRatio;
        var builds = new List<double>();
        IndicatorProfile profile;
        // The builder needs no raised memory_limit: plain builds and the profiled one run under the default 2 GB.
        await using (var warehouse = await IndicatorWarehouse.OpenCopyAsync(folder, "2GB", ct))
        {
            (volumes, volumeRatio) = await IndicatorVolumes.ReadAsync(cache, warehouse.Writer, ct);
            for (var i = 0; i < (context.Quick ? 0 : 2); i++)
            {
                var built = await new Stats.Warehouse.Indicators.IndicatorBuilder(warehouse.Database, TimeProvider.System).BuildAsync(warehouse.Writer, null, null, ct);
                builds.Add(built.Elapsed.TotalSeconds);
                Console.WriteLine($"// build {i + 1} under memory_limit 2GB: {built.Elapsed.TotalSeconds:N2} s");
            }

            profile = await IndicatorBuildProfile.MeasureAsync(warehouse, ct);
            builds.Add(profile.BuildSeconds);
        }

        double autocommitUnits;
        await using (var warehouse = await IndicatorWarehouse.OpenCopyAsync(folder, IndicatorBuildBenchmarks.MemoryLimit, ct))
        {
            (autocommitUnits, _) = await ReferenceProfile.RunAsync(warehouse, ReferenceCubes.Shape.PublishedSets, ct);
        }

        var cases = BenchmarkDotNetRun.Run(typeof(IndicatorBuildBenchmarks), context.ArtifactsPath, context.Quick);
        var cube = cases.Single(c => c.Method == nameof(IndicatorBuildBenchmarks.CubeReference));
        var sets = cases.Single(c => c.Method == nameof(IndicatorBuildBenchmarks.PublishedSetsReference));
        var build = cases.Single(c => c.Method == nameof(IndicatorBuildBenchmarks.IndicatorBuild));
        var ranked = profile.Indicators.OrderByDescending(i => i.CubeSeconds + (i.UnitSeconds ?? 0)).ToList();
        var top = ranked[0];
        var figures = new Dictionary<string, string>
        {
            ["years"] = $"{cache.Years} reference years ({cache.FirstYear}–{cache.FirstYear + cache.Years - 1})",
            ["persons"] = Figure.Of(cache.Persons),
            ["scale"] = Figure.Of(cache.Persons / (double)IndicatorWarehouseCache.DemoPersons, "N0"),
            ["volume_ratio"] = Figure.Of(volumeRatio, "N1"),
            ["cache_folder"] = cache.Root,
            ["build_mean_s"] = Figure.Of(build.MeanSeconds),
            ["build_over_sets"] = Figure.Of(build.MeanSeconds / sets.MeanSeconds),
            ["build_over_cube"] = Figure.Of(build.MeanSeconds / cube.MeanSeconds),
            ["cube_mean_s"] = Figure.Of(cube.MeanSeconds, "N1"),
            ["cube_iterations"] = Figure.List(cube.IterationSeconds, "N0"),
            ["cube_spread_percent"] = Figure.Of(cube.StdDevSeconds / cube.MeanSeconds * 100, "N0"),
            ["sets_spread_percent"] = Figure.Of(sets.StdDevSeconds / sets.MeanSeconds * 100, "N0"),
            ["build_iterations"] = Figure.Range(build.IterationSeconds.ToList()),
            ["build_allocated_mb"] = Figure.Megabytes(build.AllocatedBytes),
            ["builds_2gb"] = Figure.List(builds),
            ["builds_2gb_range"] = Figure.Range(builds),
            ["profile_build_s"] = Figure.Of(profile.BuildSeconds),
            ["profile_units_s"] = Figure.Of(profile.UnitSeconds),
            ["profile_cubes_s"] = Figure.Of(profile.CubeSeconds),
            ["profile_flags_s"] = Figure.Of(profile.FlagsSeconds),
            ["profile_lead_s"] = Figure.Of(profile.LeadSeconds),
            ["profile_bare_s"] = Figure.Of(profile.BareSeconds),
            ["protection_s"] = Figure.Of(profile.ProtectionSeconds),
            ["protection_percent"] = Figure.Of(profile.ProtectionSeconds / profile.BuildSeconds * 100, "N0"),
            ["cells"] = Figure.Of(profile.Cells),
            ["primary"] = Figure.Of(profile.Primary),
            ["secondary"] = Figure.Of(profile.Secondary),
            ["suppressed_percent"] = Figure.Of((profile.Primary + profile.Secondary) * 100.0 / profile.Cells, "N1"),
            ["cube_sql_s"] = Figure.Of(profile.CubeSeconds - profile.ProtectionSeconds, "N1"),
            ["cube_sql_over_bare"] = Figure.Of((profile.CubeSeconds - profile.ProtectionSeconds) / profile.BareSeconds, "N1"),
            ["top_id"] = top.Id,
            ["top_measure"] = top.Measure,
            ["top_unit_rows"] = top.UnitRows is { } u ? Figure.Of(u) : "-",
            ["top_cube_s"] = Figure.Of(top.CubeSeconds),
            ["top_unit_s"] = Figure.Of(top.UnitSeconds ?? 0),
            ["top_share_percent"] = Figure.Of((top.CubeSeconds + (top.UnitSeconds ?? 0)) / profile.BuildSeconds * 100, "N0"),
            ["top_cells"] = Figure.Of(top.Cells),
            ["next_ids"] = string.Join(" and ", ranked.Skip(1).Take(2).Select(i => i.Id)),
            ["units_autocommit_s"] = Figure.Of(autocommitUnits),
            ["units_transaction_cost_s"] = Figure.Of(profile.UnitSeconds - autocommitUnits),
        };
        return new SectionMeasurement
        {
            Timings = [BenchmarkDotNetCase.Table("build", cases)],
            Tables = [volumes, profile.Table()],
            Figures = figures,
        };
    }
}
