using System.Diagnostics;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Stats.Etl.Contracts;
using Stats.Etl.Intake;
using Stats.Etl.Synthetic;
using Stats.Warehouse;
using Stats.Warehouse.Build;
using Stats.Warehouse.Estimation;

namespace Stats.Benchmarks;

/// <summary>
/// The large synthetic warehouse the indicator benchmark runs on: <see cref="Years"/> reference years of
/// <see cref="Persons"/> persons each, every delivery that intake accepts loaded, the model built once and its
/// population estimates made (as a publish does before the cubes, so the estimated V09 has cells). Generated
/// deliveries are cached under the temp folder keyed by scale and seeds; the built warehouse is cached next to them
/// keyed also by a hash of the SQL model, seeds and contracts, so a repeated run neither regenerates nor reloads.
/// Delete the folder to start over (e.g. after a change to the generator).
/// </summary>
internal sealed record IndicatorWarehouseCache(int FirstYear, int Years, int Persons)
{
    public const int DemoPersons = 350;

    /// <summary>10 years, 2016–2025, at 100× the demo's 350 persons a year; in a quick report run (<see cref="BenchmarkScale"/>) 2 years at 10×.</summary>
    public static IndicatorWarehouseCache Default => BenchmarkScale.Quick ? new(2024, 2, 10 * DemoPersons) : new(2016, 10, 100 * DemoPersons);

    public IEnumerable<int> YearRange => Enumerable.Range(FirstYear, Years);

    public string Root => Path.Combine(Path.GetTempPath(), "stats-bench-indicators",
        string.Create(CultureInfo.InvariantCulture, $"p{Persons}-y{FirstYear}-{FirstYear + Years - 1}"));

    /// <summary>Seed of a year: distinct per year (so linkage keys differ between years), the same on every run.</summary>
    public static int SeedOf(int year) => year;

    /// <summary>Folder holding warehouse.duckdb, migrated, loaded and with the model built; creates it if missing.</summary>
    public async Task<string> EnsureAsync(CancellationToken ct)
    {
        var folder = Path.Combine(Root, "warehouse-" + ModelHash());
        if (File.Exists(Path.Combine(folder, "ready")))
        {
            Console.WriteLine($"// indicator benchmark: cached warehouse {folder}");
            return folder;
        }

        var truths = YearRange.Select(y => Generate(Path.Combine(Root, "deliveries"), y, Persons)).ToList();
        var building = folder + ".building";
        if (Directory.Exists(building))
        {
            Directory.Delete(building, recursive: true);
        }

        await LoadAndBuildAsync(building, truths, ct);
        if (Directory.Exists(folder))
        {
            Directory.Delete(folder, recursive: true);
        }

        Directory.Move(building, folder);
        await File.WriteAllTextAsync(Path.Combine(folder, "ready"), "built\n", ct);
        return folder;
    }

    /// <summary>Ground truth of every year at this scale (generating what is not cached).</summary>
    public IReadOnlyList<GroundTruth> Truths() => YearRange.Select(y => Generate(Path.Combine(Root, "deliveries"), y, Persons)).ToList();

    /// <summary>Ground truth of the same years and seeds at the demo's size, for the volume check.</summary>
    public IReadOnlyList<GroundTruth> DemoTruths() =>
        YearRange.Select(y => Generate(Path.Combine(Path.GetTempPath(), "stats-bench-indicators", $"p{DemoPersons}-demo"), y, DemoPersons)).ToList();

    private static GroundTruth Generate(string root, int year, int persons)
    {
        var folder = Path.Combine(root, year.ToString(CultureInfo.InvariantCulture));
        var truthFile = Path.Combine(folder, "ground-truth.json");
        if (File.Exists(truthFile))
        {
            return GroundTruth.Read(truthFile);
        }

        var staging = folder + ".generating";
        if (Directory.Exists(staging))
        {
            Directory.Delete(staging, recursive: true);
        }

        var watch = Stopwatch.StartNew();
        new DeliveryGenerator(TimeProvider.System).Generate(new GenerationOptions(year, SeedOf(year), staging) { Persons = persons });
        Directory.Move(staging, folder);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"// generated {year} ({persons:N0} persons) in {watch.Elapsed.TotalSeconds:N1} s"));
        return GroundTruth.Read(truthFile);
    }

    private async Task LoadAndBuildAsync(string folder, IReadOnlyList<GroundTruth> truths, CancellationToken ct)
    {
        var database = new WarehouseDatabase(new WarehouseOptions { DataDirectory = folder });
        var contracts = new ContractRepository(Path.Combine(AppContext.BaseDirectory, "contracts"));
        var intake = new IntakeService(TimeProvider.System);
        await using var writer = await database.OpenWriterAsync(ct);
        foreach (var truth in truths)
        {
            var watch = Stopwatch.StartNew();
            var deliveries = Path.Combine(Root, "deliveries", truth.Year.ToString(CultureInfo.InvariantCulture));
            // Every delivery intake accepts: the clean files and the row-rules file (its good rows are in the ground truth).
            foreach (var delivery in truth.Deliveries.Where(d => d.Expected == "loaded"))
            {
                var outcome = await intake.LoadAsync(writer, contracts.Get(delivery.Contract), Path.Combine(deliveries, delivery.File), null, ct);
                // Intake counts staged rows of every entity: the records and the children they carry.
                var expected = delivery.RowsLoaded + delivery.ChildRowsLoaded.Values.Sum();
                if (outcome.Status != IntakeStatus.Loaded || outcome.RowsLoaded != expected)
                {
                    throw new InvalidOperationException(
                        $"{delivery.File}: {outcome.Status}, {outcome.RowsLoaded} rows loaded, {expected} expected: {outcome.Message}");
                }
            }

            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"// loaded {truth.Year} in {watch.Elapsed.TotalSeconds:N1} s"));
        }

        var build = await new ModelBuilder(database).BuildAsync(writer, null, ct);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"// model built in {build.Elapsed.TotalSeconds:N1} s"));
        var estimated = await new PopulationEstimation(database).RunAsync(writer, database.Options.Estimation.ToOptions(), null, ct);
        Console.WriteLine($"// population estimates: {string.Join(", ", estimated.Select(e => $"{e.Year} {e.Status}"))}");
    }

    /// <summary>What the built warehouse depends on besides the deliveries: migrations, models, seeds, contracts.</summary>
    private static string ModelHash()
    {
        var sql = Path.Combine(AppContext.BaseDirectory, "sql");
        var files = new[] { "migrations", "models", "seeds" }
            .SelectMany(f => Directory.EnumerateFiles(Path.Combine(sql, f), "*", SearchOption.AllDirectories))
            .Concat(Directory.EnumerateFiles(Path.Combine(AppContext.BaseDirectory, "contracts"), "*", SearchOption.AllDirectories))
            .Order(StringComparer.Ordinal);
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        // Bumped when the set-up itself changes, so a warehouse cached by an older set-up is not reused.
        hash.AppendData("set-up 2: with population estimates"u8);
        foreach (var file in files)
        {
            hash.AppendData(Encoding.UTF8.GetBytes(Path.GetRelativePath(AppContext.BaseDirectory, file)));
            hash.AppendData(File.ReadAllBytes(file));
        }

        return Convert.ToHexString(hash.GetHashAndReset())[..12].ToLowerInvariant();
    }
}
