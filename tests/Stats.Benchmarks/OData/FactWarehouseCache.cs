using System.Diagnostics;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Stats.Warehouse;
using Stats.Warehouse.Sql;

namespace Stats.Benchmarks.OData;

/// <summary>
/// The OData benchmark's data: a migrated, seeded warehouse file whose fct_victim_registration holds <see cref="Rows"/>
/// synthetic rows generated in SQL from <see cref="Seed"/> (odata_synthetic_registrations.sql), and the same rows in a
/// SQLite file for the EF Core reference. Cached under the temp folder, keyed by size, seed and a hash of the migrations,
/// seeds and generator SQL; delete the folder to start over. The set-up is timed and printed, not benchmarked.
/// </summary>
internal sealed record FactWarehouseCache(long Rows, int Seed)
{
    /// <summary>10 M rows; 1 M in a quick report run (<see cref="BenchmarkScale"/>).</summary>
    public static FactWarehouseCache Default => BenchmarkScale.Quick ? new(1_000_000, 42) : new(10_000_000, 42);

    /// <summary>Persons the registrations are drawn from: most persons are registered once, some several times.</summary>
    public long Persons => Rows * 9 / 10;

    public string Folder => Path.Combine(Path.GetTempPath(), "stats-bench-odata",
        string.Create(CultureInfo.InvariantCulture, $"r{Rows}-s{Seed}-{InputHash()}"));

    public string DuckDbPath => Path.Combine(Folder, "warehouse.duckdb");
    public string SqlitePath => Path.Combine(Folder, SqliteExport.FileName);

    /// <summary>
    /// Creates the files unless a finished cache exists; prints where they are and what the set-up took, and returns its
    /// steps as recorded when the cache was made (null for a cache made before they were recorded).
    /// </summary>
    public async Task<IReadOnlyList<FactSetupStep>?> EnsureAsync(CancellationToken ct)
    {
        var setupLog = Path.Combine(Folder, "setup.txt");
        var setupSteps = Path.Combine(Folder, "setup.json");
        if (File.Exists(setupLog))
        {
            Console.WriteLine($"// OData benchmark: cached data in {Folder}");
            Console.Write(await File.ReadAllTextAsync(setupLog, ct));
            return File.Exists(setupSteps) ? JsonSerializer.Deserialize<List<FactSetupStep>>(await File.ReadAllTextAsync(setupSteps, ct)) : null;
        }

        var building = Folder + ".building";
        if (Directory.Exists(building))
        {
            Directory.Delete(building, recursive: true);
        }

        var log = new StringBuilder();
        var steps = new List<FactSetupStep>();
        var options = new WarehouseOptions { DataDirectory = building, MemoryLimit = "8GB" };
        var watch = Stopwatch.StartNew();
        await using (var writer = await new WarehouseDatabase(options).OpenWriterAsync(ct))
        {
            Report(log, $"migrations and seeds: {watch.Elapsed.TotalSeconds:N1} s");
            steps.Add(new FactSetupStep("migrations and seeds", watch.Elapsed.TotalSeconds, null));
            watch.Restart();
            var sql = await File.ReadAllTextAsync(Path.Combine(AppContext.BaseDirectory, "odata_synthetic_registrations.sql"), ct);
            var inserted = await writer.ExecuteAsync(sql, ct,
                ("rows", Rows), ("persons", Persons), ("seed", Seed), ("reporting_country", options.ReportingCountry));
            if (inserted != Rows)
            {
                throw new InvalidOperationException($"The generator inserted {inserted} rows, {Rows} expected.");
            }

            await writer.ExecuteAsync("CHECKPOINT", ct);
            Report(log, $"{Rows:N0} registrations generated in DuckDB: {watch.Elapsed.TotalSeconds:N1} s ({new FileInfo(options.WorkingDatabasePath).Length / 1e6:N0} MB)");
            steps.Add(new FactSetupStep(string.Create(CultureInfo.InvariantCulture, $"{Rows:N0} rows generated in DuckDB"),
                watch.Elapsed.TotalSeconds, new FileInfo(options.WorkingDatabasePath).Length / 1e6));
        }

        watch.Restart();
        var sqlite = Path.Combine(building, SqliteExport.FileName);
        var copied = await SqliteExport.WriteAsync(options.WorkingDatabasePath, sqlite, ct);
        Report(log, $"copied into SQLite (one transaction, prepared insert) and indexed: {watch.Elapsed.TotalSeconds:N1} s ({copied:N0} rows, {new FileInfo(sqlite).Length / 1e6:N0} MB)");
        steps.Add(new FactSetupStep("copied into SQLite (DuckDB reader → one prepared INSERT, one transaction, journal off) and indexed",
            watch.Elapsed.TotalSeconds, new FileInfo(sqlite).Length / 1e6));

        if (Directory.Exists(Folder))
        {
            Directory.Delete(Folder, recursive: true);
        }

        Directory.Move(building, Folder);
        await File.WriteAllTextAsync(setupLog, log.ToString(), ct);
        await File.WriteAllTextAsync(setupSteps, JsonSerializer.Serialize(steps), ct);
        Console.WriteLine($"// OData benchmark: data in {Folder}");
        return steps;
    }

    private static void Report(StringBuilder log, FormattableString line)
    {
        var text = "// set-up: " + line.ToString(CultureInfo.InvariantCulture);
        Console.WriteLine(text);
        log.AppendLine(text);
    }

    /// <summary>What the files depend on besides size and seed: migrations, seeds and the generator.</summary>
    private static string InputHash()
    {
        var sql = Path.Combine(AppContext.BaseDirectory, "sql");
        var files = new[] { "migrations", "seeds" }
            .SelectMany(f => Directory.EnumerateFiles(Path.Combine(sql, f), "*", SearchOption.AllDirectories))
            .Append(Path.Combine(AppContext.BaseDirectory, "odata_synthetic_registrations.sql"))
            .Order(StringComparer.Ordinal);
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        foreach (var file in files)
        {
            hash.AppendData(Encoding.UTF8.GetBytes(Path.GetRelativePath(AppContext.BaseDirectory, file)));
            hash.AppendData(File.ReadAllBytes(file));
        }

        return Convert.ToHexString(hash.GetHashAndReset())[..12].ToLowerInvariant();
    }
}
