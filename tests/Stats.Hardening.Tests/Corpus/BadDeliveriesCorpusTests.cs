using System.Diagnostics;
using System.Globalization;
using Stats.Catalog;
using Stats.EndToEnd.Tests;
using Stats.Etl.Contracts;
using Stats.Etl.Intake;
using Stats.Etl.Operations;
using Stats.Warehouse;
using Stats.Warehouse.Vintages;
using Xunit.Abstractions;

namespace Stats.Hardening.Tests.Corpus;

/// <summary>
/// Issue 10, item 2: at least 1,000 generated malformed or hostile deliveries (times STATS_HARDENING_SCALE), spread over
/// every shipped contract and format, go through the real intake (IntakeService, as `stats load` runs it) of one
/// warehouse holding the clean deliveries. Each one is refused with a reason naming file and problem, or loads with
/// every row quarantined with its rule (header-only files: no records), within a per-file time limit and two memory
/// bounds. The vintage published afterwards equals the one published from the clean deliveries alone, table by table;
/// no published text, no export cell and no workbook text starts like a spreadsheet formula, and no exported workbook
/// holds a formula; and `stats load` (catalog included) refuses
/// a sample with exit code 3.
/// </summary>
[Collection(CorpusCollection.Name)]
public sealed class BadDeliveriesCorpusTests(ITestOutputHelper output)
{
    private const int Year = 2025;
    private const int Seed = 20251010;
    private static readonly TimeSpan PerFileLimit = TimeSpan.FromSeconds(10);

    /// <summary>
    /// Resident set growth allowed while the corpus is offered: DuckDB's buffers are capped by Warehouse:MemoryLimit
    /// (256 MB here, as an operator may set it), plus 128 MiB for .NET. A zip bomb's sheet or shared strings inflated into
    /// memory (0.5 to 3 GiB in this corpus) cannot fit under it.
    /// </summary>
    private const long RssGrowthBound = 384L << 20;

    /// <summary>
    /// Managed bytes one delivery's load may allocate. Every reader streams or stops at its limit: FileScan reads 1 MiB
    /// chunks, the CSV header reader 1 MiB, the JSON preflight grows its buffer to at most 1 MiB + 64 KiB, the XLSX scan
    /// reads text in 4 KiB chunks, and a small delivery's rows are a few kilobytes. One of the 32–48 MiB lines held as a
    /// .NET string costs 64–96 MiB (UTF-16), and an inflated zip bomb gigabytes.
    /// </summary>
    private const long PerFileAllocationBound = 16L << 20;

    [Fact]
    public async Task Issue_10_every_bad_delivery_is_refused_or_quarantined_with_a_reason_and_the_published_figures_do_not_move()
    {
        var clock = Stopwatch.StartNew();
        var cpuAtStart = Process.GetCurrentProcess().TotalProcessorTime.TotalSeconds;
        using var data = new TempDataFolder();
        (await CliRun.RunAsync("generate", "--data", data.Path, "--year", Year.ToString(CultureInfo.InvariantCulture), "--seed", "42")).ExitCode.Should().Be(0);
        var contracts = new ContractRepository(Path.Combine(AppContext.BaseDirectory, "contracts"));
        var clean = new CleanDeliveries(Path.Combine(data.Deliveries(Year), "clean"), Year, contracts);
        var corpus = CorpusGenerator.Generate(clean, Seed, HardeningScale.Times(1000), output.WriteLine);
        corpus.Count.Should().BeGreaterThanOrEqualTo(HardeningScale.Times(1000));
        corpus.Select(f => f.FileName).Should().OnlyHaveUniqueItems();
        corpus.Select(f => f.ContractId).Distinct().Should().HaveCount(8, "every shipped contract gets bad deliveries");
        var spread = corpus.GroupBy(f => $"{clean.Contracts[f.ContractId].Format.Type} {clean.Contracts[f.ContractId].Shape}").OrderBy(g => g.Key, StringComparer.Ordinal).ToList();
        spread.Select(g => g.Key).Should().Equal("csv aggregate", "csv microdata", "json microdata", "xlsx aggregate", "xlsx microdata");
        output.WriteLine("corpus by format and shape: " + string.Join(", ", spread.Select(g => $"{g.Key} {g.Count()}")) + "; by contract: "
            + string.Join(", ", corpus.GroupBy(f => f.ContractId).OrderBy(g => g.Key, StringComparer.Ordinal).Select(g => $"{g.Key} {g.Count()}")));
        output.WriteLine($"corpus: {corpus.Count} files ({corpus.Sum(f => f.Content?.LongLength ?? 0) / 1024.0 / 1024.0:F1} MiB in memory, size attacks streamed to disk when offered), generated in {clock.Elapsed.TotalSeconds:F1} s");

        var options = new WarehouseOptions { DataDirectory = data.Path, MemoryLimit = "256MB" };
        var store = new VintageStore(options);
        var tally = new OutcomeTally();
        long memoryBaseline, peakRss, peakManaged;
        bool highWaterReset;
        (long Bytes, string File) largestAllocation;
        TimeSpan corpusTime;
        await using (var session = await WarehouseSession.OpenAsync(options, new CatalogOptions(), TimeProvider.System, CancellationToken.None))
        {
            output.WriteLine($"warehouse created and opened at {clock.Elapsed.TotalSeconds:F1} s");
            foreach (var (id, path) in clean.Paths)
            {
                var outcome = await session.LoadAsync(contracts.Get(id), path, null, CancellationToken.None);
                outcome.Status.Should().Be(IntakeStatus.Loaded, outcome.Message);
            }

            output.WriteLine($"clean deliveries loaded at {clock.Elapsed.TotalSeconds:F1} s");
            var expectations = ContractExpectations.From(contracts.All());
            (await session.PublishAsync(expectations, null, CancellationToken.None)).Published.Should().BeTrue();
            output.WriteLine($"clean deliveries loaded and published as vintage {store.Current()!.Id} at {clock.Elapsed.TotalSeconds:F1} s");

            var folder = Directory.CreateDirectory(Path.Combine(data.Path, "corpus")).FullName;
            var corpusClock = Stopwatch.StartNew();
            using (var memory = new MemoryWatch())
            {
                // The intake `stats load` runs, on the session's writer; the catalog bookkeeping around it is left to the
                // `stats load` sample below, so that the 1,000 files cost intake's time only.
                var intake = new IntakeService(TimeProvider.System);
                foreach (var file in corpus)
                {
                    await OfferAsync(intake, session, contracts, file, Path.Combine(folder, file.FileName), memory, tally);
                }

                memoryBaseline = memory.BaselineRss;
                peakRss = memory.PeakRss;
                peakManaged = memory.PeakManaged - memory.BaselineManaged;
                highWaterReset = memory.HighWaterReset;
                largestAllocation = memory.LargestAllocation;
            }

            corpusTime = corpusClock.Elapsed;
            foreach (var (id, path) in clean.Paths)
            {
                (await session.LoadAsync(contracts.Get(id), path, null, CancellationToken.None)).Status.Should().Be(IntakeStatus.Duplicate, "the clean deliveries are still the ones loaded");
            }

            (await session.PublishAsync(expectations, null, CancellationToken.None)).Published.Should().BeTrue();
        }

        output.WriteLine($"corpus offered in {corpusTime.TotalSeconds:F1} s ({corpusTime.TotalMilliseconds / corpus.Count:F0} ms a file); published again at {clock.Elapsed.TotalSeconds:F1} s");
        output.WriteLine(tally.Report());
        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"memory: resident set {memoryBaseline / 1048576.0:F0} MiB at the start of the corpus, peak {peakRss / 1048576.0:F0} MiB ({(highWaterReset ? "VmHWM, reset for the corpus" : "sampled VmRSS")}), growth {(peakRss - memoryBaseline) / 1048576.0:F0} MiB (bound {RssGrowthBound >> 20} MiB); ") +
            string.Create(CultureInfo.InvariantCulture,
            $"managed heap peak {peakManaged / 1048576.0:F0} MiB over its start; largest allocation of one load {largestAllocation.Bytes / 1048576.0:F1} MiB ({largestAllocation.File}, bound {PerFileAllocationBound >> 20} MiB); process peak working set {MemoryWatch.LifetimePeakWorkingSet() / 1048576.0:F0} MiB"));

        tally.Failures.Should().BeEmpty("every bad delivery must be refused or quarantined with a reason, in time; failures:\n" + string.Join("\n", tally.Failures.Take(40)));
        tally.Files.Should().Be(corpus.Count);
        (peakRss - memoryBaseline).Should().BeLessThan(RssGrowthBound, "intake's memory stays bounded whatever the delivery");
        largestAllocation.Bytes.Should().BeLessThan(PerFileAllocationBound, $"no load may hold a huge line or an inflated part in managed memory ({largestAllocation.File})");

        var vintages = store.List();
        vintages.Should().HaveCount(2);
        await using (var published = await PublishedVintages.AttachAsync(vintages[0].FilePath, vintages[1].FilePath))
        {
            await AssertPublishedFiguresEqualAsync(published, tally);
            var (formulas, texts) = await published.FormulaTextsAsync();
            output.WriteLine($"published texts scanned for formulas: {texts:N0} values, {formulas.Count} starting like a formula");
            formulas.Should().BeEmpty("no delivered text reaches a snapshot, and nothing published starts like a formula");
        }

        await AssertExportsCarryNoFormulaAsync(data.Path);
        await AssertStatsLoadRefusesASampleAsync(data.Path, corpus, tally);
        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"elapsed: {clock.Elapsed.TotalSeconds:F1} s; CPU time of the test host {Process.GetCurrentProcess().TotalProcessorTime.TotalSeconds - cpuAtStart:F1} s; load average {LoadAverage()}"));
    }

    private static string LoadAverage() =>
        File.Exists("/proc/loadavg") ? string.Join(' ', File.ReadAllText("/proc/loadavg").Split(' ').Take(3)) : "unknown";

    private static async Task OfferAsync(IntakeService intake, WarehouseSession session, ContractRepository contracts, CorpusFile file, string path, MemoryWatch memory, OutcomeTally tally)
    {
        file.WriteTo(path);
        var watch = Stopwatch.StartNew();
        try
        {
            var load = Task.Run(() => memory.MeasureAsync(file.FileName, () => intake.LoadAsync(session.Writer, contracts.Get(file.ContractId), path, null, CancellationToken.None)));
            IntakeOutcome outcome;
            try
            {
                outcome = await load.WaitAsync(PerFileLimit);
            }
            catch (TimeoutException)
            {
                // The writer is still busy with it: nothing else can be offered, so the test ends here, naming the file.
                throw new TimeoutException($"{file.FileName} ({file.Category}: {file.Attack}) was not refused or loaded within {PerFileLimit.TotalSeconds} s.");
            }
            catch (Exception ex) when (ex is not TimeoutException)
            {
                tally.Count(file, "crashed: " + ex.GetType().Name);
                tally.Fail(file, $"intake threw {ex.GetType().Name}: {ex.Message}");
                return;
            }

            Judge(file, outcome, tally);
            tally.Time(file.Category, file, watch.Elapsed);
        }
        finally
        {
            File.Delete(path);
        }
    }

    private static void Judge(CorpusFile file, IntakeOutcome outcome, OutcomeTally tally)
    {
        switch (outcome.Status)
        {
            case IntakeStatus.Refused:
                tally.Count(file, "refused: " + outcome.RefusalReason, refused: true);
                if (string.IsNullOrEmpty(outcome.RefusalReason) || !outcome.Message.Contains(file.FileName, StringComparison.Ordinal) || !outcome.Message.Contains(outcome.RefusalReason, StringComparison.Ordinal))
                {
                    tally.Fail(file, $"refused without a reason naming file and problem: {outcome.Message}");
                }
                else if (file.ExpectedReason is { } expected && expected != outcome.RefusalReason)
                {
                    tally.Fail(file, $"refused as {outcome.RefusalReason}, not {expected}: {outcome.Message}");
                }

                break;
            case IntakeStatus.Loaded when outcome.RowsRead == 0 && file.MayBeEmpty:
                tally.Count(file, "loaded: no records", empty: true);
                break;
            case IntakeStatus.Loaded when outcome.RowsRead > 0 && outcome.RowsLoaded == 0 && outcome.RowsQuarantined == outcome.RowsRead
                                          && outcome.Quarantine.Count > 0 && outcome.Quarantine.All(q => q.RuleCode.Length > 0 && q.ColumnName.Length > 0):
                tally.Count(file, "every row quarantined", quarantined: true);
                tally.Rules(outcome.Quarantine.Select(q => q.RuleCode).Distinct());
                if (file.ExpectedReason is { } refusal)
                {
                    tally.Fail(file, $"loaded with every row quarantined, but it must be refused as {refusal}: {outcome.Message}");
                }

                break;
            default:
                tally.Count(file, $"ACCEPTED: {outcome.Status}");
                tally.Fail(file, $"accepted: {outcome.Message}");
                break;
        }
    }

    private async Task AssertPublishedFiguresEqualAsync(PublishedVintages published, OutcomeTally tally)
    {
        var compared = 0L;
        var differences = new List<string>();
        foreach (var table in await published.TablesAsync())
        {
            // The lineage lists the corpus's batches (checked below); meta_vintage names the vintage itself and its time.
            if (table is "meta_load_batch" or "meta_vintage")
            {
                continue;
            }

            var (onlyBefore, onlyAfter, rows) = await published.DifferenceAsync(table);
            compared += rows;
            if (onlyBefore + onlyAfter > 0)
            {
                differences.Add($"{table}: {onlyBefore} rows only before the corpus, {onlyAfter} only after");
            }
        }

        var batches = await published.NewBatchesAsync();
        output.WriteLine($"published tables compared with the vintage before the corpus: {compared:N0} rows, {differences.Count} tables differ; lineage lists {batches.Count} corpus batches, {batches.Sum(b => b.Loaded)} rows staged from them");
        differences.Should().BeEmpty("nothing of the corpus may reach a published table");
        batches.Should().HaveCount(tally.Quarantined + tally.Empty, "each corpus file that loaded (every row quarantined, or no records) is one batch in the lineage");
        batches.Should().OnlyContain(b => b.Loaded == 0, "no corpus row was staged");
    }

    private async Task AssertExportsCarryNoFormulaAsync(string dataFolder)
    {
        var cells = 0;
        var formulas = new List<string>();
        foreach (var format in new[] { "csv", "sdmx-csv", "glotip" })
        {
            var folder = Path.Combine(dataFolder, "corpus-exports", format);
            var run = await CliRun.RunAsync("export", format, "--data", dataFolder, "--role", "analyst", "--out", folder);
            run.ExitCode.Should().Be(0, run.Error);
            foreach (var (file, cell) in ExportCells.Of(folder))
            {
                cells++;
                if (InjectionPayloads.LooksLikeFormula(cell))
                {
                    formulas.Add($"{format}/{file}: {cell}");
                }
            }
        }

        output.WriteLine($"export cells scanned for formulas (csv, sdmx-csv, glotip; analyst role): {cells:N0}, {formulas.Count} starting like a formula");
        cells.Should().BeGreaterThan(1000);
        formulas.Should().BeEmpty();

        // The workbooks: no formula element at all, and no text Excel would take for one.
        var texts = 0;
        var workbooks = new HashSet<string>(StringComparer.Ordinal);
        foreach (var format in new[] { "xlsx", "greta" })
        {
            var folder = Path.Combine(dataFolder, "corpus-exports", format);
            var run = await CliRun.RunAsync("export", format, "--data", dataFolder, "--role", "analyst", "--out", folder);
            run.ExitCode.Should().Be(0, run.Error);
            foreach (var (file, part, text) in XlsxCells.Of(folder))
            {
                texts++;
                workbooks.Add($"{format}/{file}");
                if (text.StartsWith("formula: ", StringComparison.Ordinal) || InjectionPayloads.LooksLikeFormula(text))
                {
                    formulas.Add($"{format}/{file} {part}: {text}");
                }
            }
        }

        output.WriteLine($"workbook texts scanned for formulas (xlsx, greta; analyst role): {texts:N0} in {workbooks.Count} workbooks, {formulas.Count} formulas or texts starting like one");
        workbooks.Count.Should().BeGreaterThan(1);
        texts.Should().BeGreaterThan(1000);
        formulas.Should().BeEmpty();
    }

    /// <summary>The command a person runs (catalog included): `stats load` on a refused file of five reasons exits 3 and names the file and the reason.</summary>
    private async Task AssertStatsLoadRefusesASampleAsync(string dataFolder, IReadOnlyList<CorpusFile> corpus, OutcomeTally tally)
    {
        string[] reasons = ["identifying_column", "limit_exceeded", "unreadable_encoding", "malformed_file", "invalid_count"];
        var sample = reasons.Select(r => corpus.First(f => f.ExpectedReason == r && f.Content is not null && !tally.Failures.Any(x => x.StartsWith(f.FileName, StringComparison.Ordinal)))).ToList();
        var folder = Directory.CreateDirectory(Path.Combine(dataFolder, "corpus-cli")).FullName;
        foreach (var file in sample)
        {
            var path = Path.Combine(folder, file.FileName);
            file.WriteTo(path);
            var run = await CliRun.RunAsync("load", "--data", dataFolder, "--contract", file.ContractId, path);
            run.ExitCode.Should().Be(3, $"{file.FileName} ({file.Attack}) must be refused by `stats load`: {run.Output}{run.Error}");
            run.Error.Should().Contain(file.FileName).And.Contain(file.ExpectedReason!);
        }

        output.WriteLine($"`stats load` refused a sample of {sample.Count} files ({string.Join(", ", sample.Select(f => f.ExpectedReason))}), each with exit code 3");
    }
}
