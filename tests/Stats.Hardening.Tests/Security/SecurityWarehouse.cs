using System.Diagnostics;
using DuckDB.NET.Data;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Logging;
using Stats.Api;
using Stats.Catalog;
using Stats.EndToEnd.Tests;
using Stats.Etl.Scheduling;
using Stats.Host.Serving;
using Stats.Warehouse;

namespace Stats.Hardening.Tests.Security;

/// <summary>
/// One small published warehouse (a synthetic police delivery loaded and published), the keys of every role, canary files
/// outside it, and the composition `stats serve` runs (<see cref="ServeLoop.Compose"/>: feed, portal, exports, uploads,
/// scheduler, health, admin operations) on loopback, in this process so that every log line it writes is recorded. A
/// pristine copy of the folder, taken before the server starts, is the starting point of tests that run a real
/// `stats serve` process.
/// </summary>
public sealed class SecurityWarehouse : IAsyncLifetime
{
    public const string Contract = "police-victims";
    public const string OtherContract = "police-suspects";
    public const int Year = 2025;

    private readonly TempDataFolder _root = new();

    internal string RootPath => _root.Path;

    internal string DataPath => Path.Combine(_root.Path, "data");

    /// <summary>The data folder as it was before any server touched it: keys, one vintage.</summary>
    internal string PristinePath => Path.Combine(_root.Path, "pristine");

    /// <summary>Synthetic deliveries of <see cref="Year"/> (clean/, dirty/, raw/ with the demo linkage secret).</summary>
    internal string GeneratedPath => Path.Combine(_root.Path, "generated");

    /// <summary>Files no request may read (their content never appears in an answer) and where no request may write.</summary>
    internal string CanaryPath => Path.Combine(_root.Path, "canary");

    internal string CanaryToken { get; } = "CANARY" + Guid.NewGuid().ToString("N");

    internal string CanaryCsv => Path.Combine(CanaryPath, "canary.csv");

    internal string CanaryDatabase => Path.Combine(CanaryPath, "canary.duckdb");

    internal SecurityKeys Keys { get; private set; } = null!;

    internal LogRecorder Log { get; } = new();

    internal WebApplication App { get; private set; } = null!;

    internal CurrentVintageModelSource Source { get; private set; } = null!;

    internal Uri Root { get; private set; } = null!;

    internal HttpClient Http { get; private set; } = null!;

    internal TimeSpan PreparedIn { get; private set; }

    /// <summary>The server's settings: rate limits off (the matrix sends a thousand requests), a revoked key refused after 1 s, small uploads, no publish during the tests.</summary>
    internal static Dictionary<string, string?> Settings() => new(StringComparer.Ordinal)
    {
        ["Api:KeyCacheDuration"] = "00:00:01",
        ["Api:RateLimits:Public:TokenLimit"] = "0",
        ["Api:RateLimits:Analyst:TokenLimit"] = "0",
        ["Api:RateLimits:Admin:TokenLimit"] = "0",
        ["Api:Upload:MaxBytes"] = "65536",
        ["Scheduler:PublishDelay"] = "01:00:00",
        ["Scheduler:IdleWait"] = "00:00:01",
        ["Intake:ScanInterval"] = "00:00:01",
        ["Intake:StableFor"] = "00:00:01",
        ["Pack:Schedule"] = "",
    };

    public async Task InitializeAsync()
    {
        var watch = Stopwatch.StartNew();
        await Cli("generate", "--year", "2025", "--seed", "11", "--persons", "60", "--out", GeneratedPath, "--data", DataPath);
        await Cli("load", "--contract", Contract, Path.Combine(GeneratedPath, "clean", "police_victims_2025.csv"), "--data", DataPath);
        await Cli("publish", "--data", DataPath);
        Keys = new SecurityKeys(
            await KeyAsync("public", "pub"),
            await KeyAsync("analyst", "ana"),
            await KeyAsync("admin", "adm"),
            await KeyAsync("agency", "agency-own", Contract),
            await KeyAsync("agency", "agency-other", OtherContract),
            await KeyAsync("analyst", "revoked"),
            "stats_" + System.Buffers.Text.Base64Url.EncodeToString(System.Security.Cryptography.RandomNumberGenerator.GetBytes(32)));
        await Cli("keys", "revoke", "--name", "revoked", "--data", DataPath);
        CopyFolder(DataPath, PristinePath);
        await WriteCanariesAsync();

        var configuration = new ConfigurationBuilder().AddInMemoryCollection(Settings()).Build();
        var warehouse = new WarehouseOptions { DataDirectory = DataPath };
        var setup = SchedulingSetup.From(warehouse, new CatalogOptions(), Path.Combine(AppContext.BaseDirectory, "contracts"), configuration, TimeProvider.System);
        Source = new CurrentVintageModelSource(warehouse);
        App = ServeLoop.Compose(setup, Source, "http://127.0.0.1:0", logging =>
        {
            logging.ClearProviders();
            logging.SetMinimumLevel(LogLevel.Trace);
            logging.AddProvider(Log);
        });
        await App.StartAsync();
        Root = new Uri(FeedServer.Addresses(App).Single() + "/");
        Http = new HttpClient { BaseAddress = Root, Timeout = TimeSpan.FromSeconds(60) };
        PreparedIn = watch.Elapsed;
    }

    public async Task DisposeAsync()
    {
        Http?.Dispose();
        if (App is not null)
        {
            await App.StopAsync();
            await App.DisposeAsync();
        }

        Source?.Dispose();
        _root.Dispose();
    }

    /// <summary>Runs `stats` in this process; a failure stops the fixture with the command's own words.</summary>
    internal static async Task<string> Cli(params string[] args)
    {
        var run = await CliRun.RunAsync(args);
        if (run.ExitCode != 0)
        {
            throw new InvalidOperationException($"stats {string.Join(' ', args)} exited {run.ExitCode}: {run.Error}{run.Output}");
        }

        return run.Output;
    }

    /// <summary>A new key of the role on <paramref name="dataPath"/> (default: the served folder), as `stats keys add` prints it once.</summary>
    internal async Task<string> KeyAsync(string role, string name, string? contract = null, string? dataPath = null)
    {
        var args = new List<string> { "keys", "add", "--role", role, "--name", name, "--data", dataPath ?? DataPath };
        if (contract is not null)
        {
            args.AddRange(["--contract", contract]);
        }

        var output = await Cli([.. args]);
        return output.Split('\n', StringSplitOptions.TrimEntries).Single(l => l.StartsWith("stats_", StringComparison.Ordinal));
    }

    internal static void CopyFolder(string from, string to)
    {
        foreach (var directory in Directory.EnumerateDirectories(from, "*", SearchOption.AllDirectories))
        {
            Directory.CreateDirectory(Path.Combine(to, Path.GetRelativePath(from, directory)));
        }

        Directory.CreateDirectory(to);
        foreach (var file in Directory.EnumerateFiles(from, "*", SearchOption.AllDirectories))
        {
            File.Copy(file, Path.Combine(to, Path.GetRelativePath(from, file)));
        }
    }

    /// <summary>A CSV and a DuckDB database holding the token, and a copy of the CSV inside the data folder (relative paths).</summary>
    private async Task WriteCanariesAsync()
    {
        Directory.CreateDirectory(CanaryPath);
        var csv = "secret_column\n" + CanaryToken + "\n";
        await File.WriteAllTextAsync(CanaryCsv, csv);
        await File.WriteAllTextAsync(Path.Combine(DataPath, "canary.csv"), csv);
        await using var connection = new DuckDBConnection($"Data Source={CanaryDatabase}");
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = $"CREATE TABLE secret_table AS SELECT '{CanaryToken}' AS secret_column";
        await command.ExecuteNonQueryAsync();
    }
}
