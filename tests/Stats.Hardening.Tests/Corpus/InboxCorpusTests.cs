using System.Globalization;
using System.Security.Cryptography;
using System.Text.RegularExpressions;
using DuckDB.NET.Data;
using Stats.EndToEnd.Tests;
using Stats.Etl.Contracts;
using Stats.Warehouse;
using Stats.Warehouse.Vintages;
using Xunit.Abstractions;

namespace Stats.Hardening.Tests.Corpus;

/// <summary>
/// Issue 10, item 2, the way agencies deliver: a sample of the bad-deliveries corpus (one file of each attack category for
/// each contract it targets) is dropped into the inbox folders of a real `stats serve`, with the .ready markers an agency
/// writes. Every file must leave the inbox byte for byte into rejected/ with a reason file (reason, message, SHA-256,
/// contract, file) or, when it loads with every row quarantined or no records, into archive/; the catalog must record each
/// with the same outcome; no run may fail; and the vintage published after it must equal the one published from the
/// clean deliveries, table by table. Size attacks (streamed, tens of MiB) are left to the in-process corpus test.
/// </summary>
public sealed class InboxCorpusTests(ITestOutputHelper output)
{
    private const int Year = 2025;
    private const int Seed = 20251124;
    private static readonly TimeSpan Deadline = TimeSpan.FromMinutes(3);

    [Fact]
    public async Task Issue_10_bad_deliveries_dropped_in_the_inbox_end_in_rejected_with_their_reason_or_in_archive_and_nothing_is_published_from_them()
    {
        using var data = new TempDataFolder();
        (await CliRun.RunAsync("generate", "--data", data.Path, "--year", Year.ToString(CultureInfo.InvariantCulture), "--seed", "42")).ExitCode.Should().Be(0);
        var contracts = new ContractRepository(Path.Combine(AppContext.BaseDirectory, "contracts"));
        var clean = new CleanDeliveries(Path.Combine(data.Deliveries(Year), "clean"), Year, contracts);
        var corpus = CorpusGenerator.Generate(clean, Seed, HardeningScale.Times(400)).Where(f => f.Content is not null).ToList();
        var sample = corpus.GroupBy(f => (f.Category, f.ContractId)).Select(g => g.First()).ToList();
        sample.Select(f => f.Category).Distinct().Should().HaveCountGreaterThanOrEqualTo(12, "the sample covers the corpus's categories");
        // Renamed to their contract's pattern so that intake judges them; a few more keep the corpus's own names, which
        // no pattern matches, for the inbox's own check.
        var offered = sample.Select(f => (File: f, Name: PatternName(clean.Contracts[f.ContractId], f)))
            .Concat(corpus.Except(sample).DistinctBy(f => f.ContractId).Take(4).Select(f => (File: f, Name: f.FileName)))
            .ToList();
        output.WriteLine($"offered: {offered.Count} files ({sample.Count} named to their contract's pattern), {sample.Select(f => f.Category).Distinct().Count()} categories, {sample.Select(f => f.ContractId).Distinct().Count()} contracts");

        var store = new VintageStore(new WarehouseOptions { DataDirectory = data.Path });
        await using var serve = Issue5StatsProcess.Serve(data.Path, Fast());
        await serve.AddressAsync(TimeSpan.FromSeconds(60));
        foreach (var (id, path) in clean.Paths)
        {
            Drop(data.Path, id, Path.GetFileName(path), await File.ReadAllBytesAsync(path));
        }

        await WaitAsync(async () => await BatchesAsync(store) == clean.Paths.Count, "the clean deliveries to be published", serve);
        var cleanVintage = store.Current()!;
        output.WriteLine($"clean deliveries published as vintage {cleanVintage.Id}");

        var dropped = offered.Select(o => new Dropped(o.File, o.Name, Drop(data.Path, o.File.ContractId, o.Name, o.File.Content!))).ToList();
        await WaitAsync(() => Task.FromResult(dropped.All(d => Settled(data.Path, d))), "every dropped file to leave the inbox for archive/ or rejected/ with a complete reason file", serve);

        // One record per file name, or a finding: a file is offered once here.
        var catalog = (await new Issue5Catalog(data.Path).DeliveriesAsync()).GroupBy(d => $"{d.Contract}/{d.File}")
            .ToDictionary(g => g.Key, g => g.Count() == 1 ? g.Single() : g.First() with { Status = "recorded twice" }, StringComparer.Ordinal);
        var failures = new List<string>();
        var archived = 0;
        var reasons = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var file in dropped)
        {
            var verdict = Settle(data.Path, clean.Contracts[file.File.ContractId], file, catalog, failures);
            archived += verdict == "archived" ? 1 : 0;
            reasons[verdict] = reasons.GetValueOrDefault(verdict) + 1;
        }

        output.WriteLine("outcomes: " + string.Join(", ", reasons.OrderByDescending(r => r.Value).ThenBy(r => r.Key, StringComparer.Ordinal).Select(r => $"{r.Key} {r.Value}")));
        failures.Should().BeEmpty("every dropped file must end in rejected/ with its reason or in archive/, recorded alike:\n" + string.Join("\n", failures.Take(30)));

        // Files that loaded (no row staged) owe a publish; wait for it, so that the comparison covers what they could change.
        await WaitAsync(async () => await BatchesAsync(store) == clean.Paths.Count + archived, $"a publish including the {archived} archived files", serve);
        var runs = await new Issue5Catalog(data.Path).RunsAsync();
        // Running: the scans go on every second while serve runs.
        runs.Should().OnlyContain(r => r.Outcome == "Succeeded" || r.Outcome == "Skipped" || r.Outcome == "Running", "a bad delivery is the agency's problem, not a failed run:\n" + Issue5Catalog.Describe(runs));
        serve.HasExited.Should().BeFalse("serve keeps running whatever it is sent");

        var latest = store.Current()!;
        await using var published = await PublishedVintages.AttachAsync(cleanVintage.FilePath, latest.FilePath);
        var differences = new List<string>();
        foreach (var table in (await published.TablesAsync()).Where(t => t is not ("meta_load_batch" or "meta_vintage")))
        {
            var (onlyBefore, onlyAfter, _) = await published.DifferenceAsync(table);
            if (onlyBefore + onlyAfter > 0)
            {
                differences.Add($"{table}: {onlyBefore} rows only in vintage {cleanVintage.Id}, {onlyAfter} only in {latest.Id}");
            }
        }

        output.WriteLine($"vintage {latest.Id} (after the corpus) against {cleanVintage.Id} (clean): {differences.Count} tables differ; {runs.Count} runs, none failed");
        differences.Should().BeEmpty("nothing of the corpus may reach a published table");
    }

    private static Dictionary<string, string> Fast()
    {
        var environment = Issue5Settings.Fast();
        environment["STATS_Warehouse__MemoryLimit"] = "256MB";
        return environment;
    }

    private sealed record Dropped(CorpusFile File, string Name, string Sha256);

    /// <summary>The contract's file name pattern with the corpus name in place of its *, e.g. police_victims_truncated-0012-police-victims.csv.</summary>
    private static string PatternName(SourceContract contract, CorpusFile file) =>
        contract.Format.FileNamePattern!.Replace("*", Path.GetFileNameWithoutExtension(file.FileName), StringComparison.Ordinal);

    /// <summary>As an agency drops a file: written whole, then its .ready marker; returns the SHA-256 of what was written.</summary>
    private static string Drop(string data, string contract, string fileName, byte[] content)
    {
        var inbox = Directory.CreateDirectory(Path.Combine(data, "inbox", contract)).FullName;
        File.WriteAllBytes(Path.Combine(inbox, fileName), content);
        File.WriteAllBytes(Path.Combine(inbox, fileName + ".ready"), []);
        return Convert.ToHexStringLower(SHA256.HashData(content));
    }

    // Out of the inbox, and archived or with its reason file (written just after the move) complete: its last line names the file.
    private static bool Settled(string data, Dropped dropped)
    {
        var folder = Path.Combine(data, "inbox", dropped.File.ContractId);
        return !File.Exists(Path.Combine(folder, dropped.Name))
            && (Complete(Path.Combine(folder, "rejected", dropped.Name + ".reason.txt"), dropped.Name)
                || Directory.EnumerateFiles(Path.Combine(folder, "archive"), dropped.Name, SearchOption.AllDirectories).Any());
    }

    private static bool Complete(string reasonFile, string name)
    {
        try
        {
            return File.Exists(reasonFile) && File.ReadAllText(reasonFile).EndsWith($"\nfile: {name}\n", StringComparison.Ordinal);
        }
        catch (IOException)
        {
            return false;
        }
    }

    /// <summary>Where the file went and whether that is right; returns "archived" or "rejected: &lt;reason&gt;".</summary>
    private static string Settle(string data, SourceContract contract, Dropped dropped, IReadOnlyDictionary<string, Issue5Catalog.Delivery> catalog, List<string> failures)
    {
        var (file, name, sha256) = dropped;
        var folder = Path.Combine(data, "inbox", file.ContractId);
        var rejected = Path.Combine(folder, "rejected", name);
        var archived = Directory.EnumerateFiles(Path.Combine(folder, "archive"), name, SearchOption.AllDirectories).ToList();
        var label = $"{name} ({file.Category}: {file.Attack})";
        var namedRight = NamePattern(contract.Format.FileNamePattern!).IsMatch(name);
        catalog.TryGetValue($"{file.ContractId}/{name}", out var recorded);
        if (File.Exists(rejected) == (archived.Count == 1) || archived.Count > 1)
        {
            failures.Add($"{label}: {(File.Exists(rejected) ? "in rejected/ " : "")}{archived.Count} in archive/");
            return "lost or doubled";
        }

        if (archived.Count == 1)
        {
            Check(failures, label, Hash(archived[0]) == sha256, "archived bytes differ from those dropped");
            Check(failures, label, file.ExpectedReason is null, $"archived, but it must be refused as {file.ExpectedReason}");
            Check(failures, label, recorded is { Status: "Loaded", RowsLoaded: 0 }, $"archived, but the catalog has {recorded}");
            return "archived";
        }

        var reason = File.Exists(rejected + ".reason.txt")
            ? File.ReadAllLines(rejected + ".reason.txt").Select(l => l.Split(": ", 2)).Where(p => p.Length == 2).ToDictionary(p => p[0], p => p[1], StringComparer.Ordinal)
            : [];
        var code = reason.GetValueOrDefault("reason") ?? "";
        var expected = namedRight ? file.ExpectedReason : "file_name_pattern";
        Check(failures, label, Hash(rejected) == sha256, "rejected bytes differ from those dropped");
        Check(failures, label, code.Length > 0 && code != "refused", $"no reason file or no reason in it ({string.Join("; ", reason)})");
        Check(failures, label, expected is null || code == expected, $"rejected as {code}, not {expected}");
        Check(failures, label, reason.GetValueOrDefault("sha256") == sha256 && reason.GetValueOrDefault("file") == name
            && reason.GetValueOrDefault("contract") == file.ContractId && reason.GetValueOrDefault("message")?.Length > 0, $"reason file incomplete: {string.Join("; ", reason)}");
        // A misnamed file is rejected by the inbox itself, before intake and so before the catalog; any other by intake.
        Check(failures, label, namedRight ? recorded is { Status: "Refused" } && recorded.RefusalReason == code : recorded is null, $"rejected as {code}, but the catalog has {recorded}");
        return "rejected: " + code;
    }

    private static void Check(List<string> failures, string label, bool holds, string problem)
    {
        if (!holds)
        {
            failures.Add($"{label}: {problem}");
        }
    }

    private static string Hash(string path) => Convert.ToHexStringLower(SHA256.HashData(File.ReadAllBytes(path)));

    // The test's own reading of a contract's file name pattern: * is any run of characters, everything else literal.
    private static Regex NamePattern(string glob) => new("^" + Regex.Escape(glob).Replace("\\*", ".*", StringComparison.Ordinal) + "$", RegexOptions.CultureInvariant);

    /// <summary>Load batches in the served vintage (each delivery that loaded is one), read from its snapshot file.</summary>
    private static async Task<int> BatchesAsync(VintageStore store)
    {
        if (store.Current() is not { } current)
        {
            return 0;
        }

        await using var connection = new DuckDBConnection($"DataSource={current.FilePath};ACCESS_MODE=READ_ONLY");
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT count(*) FROM meta_load_batch";
        return Convert.ToInt32(await command.ExecuteScalarAsync(), CultureInfo.InvariantCulture);
    }

    private static async Task WaitAsync(Func<Task<bool>> done, string what, Issue5StatsProcess serve)
    {
        var until = DateTime.UtcNow + Deadline;
        while (!await done())
        {
            if (DateTime.UtcNow > until || serve.HasExited)
            {
                throw new TimeoutException($"Waited {Deadline.TotalMinutes:0} min for {what}{(serve.HasExited ? " (serve exited)" : "")}:{Environment.NewLine}{serve.Output}");
            }

            await Task.Delay(250);
        }
    }
}
