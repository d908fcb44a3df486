using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using System.Net.Sockets;
using System.Text;
using Xunit.Abstractions;

namespace Stats.Hardening.Tests.Fuzz;

/// <summary>
/// Issue 10, item 3: thousands of seeded random and mutated OData requests against every entity set of the served model
/// as every caller (no key, a bad key, public, analyst, admin), over raw HTTP on loopback. Every response must have an
/// allowed status (200/400/401/403/404/413/414/429/501, never a 5xx), no page may exceed the page size, and no public
/// response may carry a count cell between 1 and k−1 or a value on a suppressed cell (<see cref="ResponseChecker"/>).
/// STATS_HARDENING_SCALE multiplies the number of requests; STATS_HARDENING_SEED replays another sequence.
/// </summary>
public sealed class ODataFuzzTests(FuzzWarehouse warehouse, ITestOutputHelper output) : IClassFixture<FuzzWarehouse>
{
    private const int DefaultSeed = 102025;
    private const int Workers = 4;

    [Fact]
    public async Task Issue_10_fuzzed_queries_get_allowed_statuses_pages_within_the_page_size_and_no_small_public_cells()
    {
        var seed = int.TryParse(Environment.GetEnvironmentVariable("STATS_HARDENING_SEED"), NumberStyles.Integer, CultureInfo.InvariantCulture, out var s) ? s : DefaultSeed;
        var count = HardeningScale.Times(5000);
        var generator = new QueryGenerator(warehouse.AllSets, warehouse.Keys, warehouse.CellRules, seed);
        var requests = Enumerable.Range(0, count).Select(generator.Next).ToList();
        var http = new RawHttpClient(warehouse.Port);
        var figures = new FuzzFigures();
        var checker = new ResponseChecker(warehouse, figures);
        var outcomes = new ConcurrentBag<FuzzOutcome>();
        var failures = new ConcurrentQueue<string>();
        var clock = Stopwatch.StartNew();
        var cpu = Process.GetCurrentProcess().TotalProcessorTime;
        await Parallel.ForEachAsync(requests, new ParallelOptions { MaxDegreeOfParallelism = Workers }, async (first, ct) =>
        {
            // A page with a next link is followed (as the same caller) one time in two, up to three pages deep.
            var random = new Random(seed + first.Number);
            for (var (request, depth) = (first, 0); request is not null && depth < 4; depth++)
            {
                var response = await SendAsync(http, request, ct);
                outcomes.Add(new FuzzOutcome(request, response.Status));
                foreach (var failure in checker.Check(request, response))
                {
                    failures.Enqueue(failure);
                }

                request = random.Next(2) == 0 ? NextLinks.FollowUp(request, response, random) : null;
            }
        });
        var elapsed = clock.Elapsed;
        cpu = Process.GetCurrentProcess().TotalProcessorTime - cpu;

        var all = outcomes.ToList();
        var total = all.Count;
        var evaluated = all.Count(o => o.Status != 429);
        var ok = all.Count(o => o.Status == 200);
        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{count} generated requests and {total - count} next links followed (seed {seed}, scale {HardeningScale.Factor}) over {warehouse.AllSets.Count} sets × 5 callers in {elapsed.TotalSeconds:0.0} s (CPU time of this process, server included, {cpu.TotalSeconds:0.0} s) " +
            $"({total / elapsed.TotalSeconds:0} requests/s, {Workers} clients); warehouse built and served in {warehouse.SetUpTime.TotalSeconds:0.0} s ({warehouse.SetUpPhases})"));
        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"evaluated (not throttled): {evaluated} of {total} ({100.0 * evaluated / total:0.0} %); answered 200: {ok} ({100.0 * ok / total:0.0} %)"));
        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"pages checked: {figures.Pages} (full pages of {FuzzWarehouse.PageSize} rows: {figures.FullPages}, longest {figures.MaxPageRows} rows); " +
            $"$apply results: {figures.ApplyResults} (largest {figures.MaxApplyRows} rows)"));
        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"public rows checked: {figures.PublicRowsChecked}, cell values among them: {figures.PublicValuesChecked}, suppressed cells (no value): {figures.PublicSuppressedCells}; " +
            $"counts of 1 … k−1 seen by analyst and admin keys: {figures.KeyedSmallValues}, by the public role: 0 unless listed below"));
        var counted = warehouse.CellRules.Values.Where(r => r.ProtectsCounts).ToList();
        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"cell columns: Value of {warehouse.CellRules.Count} Indicator_ cubes, of which {counted.Count} are counts under the threshold rule " +
            $"(k = {string.Join("/", counted.Select(r => r.K).Distinct())}); Estimates.KnownValue and Lower where LowerIsKnown"));
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"targets over the URL limit: {figures.OverLimit}, answered 414: {figures.OverLimitAnswered414}"));
        foreach (var line in FuzzReport.Lines(all))
        {
            output.WriteLine(line);
        }

        foreach (var failure in failures.Take(40))
        {
            output.WriteLine("FAILED " + failure);
        }

        foreach (var entry in warehouse.Log.Entries.Distinct().Take(failures.IsEmpty ? 0 : 40))
        {
            output.WriteLine("SERVER " + entry);
        }

        failures.Should().BeEmpty("every response must pass the checks ({0} failed; the first are printed above)", failures.Count);
        all.Count(o => !o.Request.Strategy.StartsWith("next-link", StringComparison.Ordinal)).Should().Be(count);
        all.Count(o => o.Request.Strategy == "next-link" && o.Status == 200).Should().BeGreaterThan(0, "next links are followed");
        var pairs = all.Select(o => (o.Request.Set, o.Request.Role)).ToHashSet();
        warehouse.AllSets.SelectMany(set => Enum.GetValues<FuzzRole>().Select(role => (set.Name, role))).Should().OnlyContain(p => pairs.Contains(p), "every set is fuzzed as every caller");
        evaluated.Should().BeGreaterThan(total * 95 / 100, "rate limits must not decide the outcome of the fuzzing");
        ok.Should().BeGreaterThan(total / 6, "enough queries must be valid enough to be evaluated and read back");
        figures.FullPages.Should().BeGreaterThan(0, "the page-size check must meet full pages");
        figures.PublicSuppressedCells.Should().BeGreaterThan(0, "the leak check must meet suppressed cells");
        figures.KeyedSmallValues.Should().BeGreaterThan(0, "the warehouse must hold small cells for the public check to be meaningful");
        figures.OverLimit.Should().BeGreaterThan(0);
    }

    private static async Task<RawResponse> SendAsync(RawHttpClient http, FuzzRequest request, CancellationToken ct)
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(ct);
        timeout.CancelAfter(TimeSpan.FromSeconds(60));
        try
        {
            return await http.GetAsync(request.Target, request.Headers, timeout.Token);
        }
        catch (Exception e) when (e is IOException or SocketException or OperationCanceledException)
        {
            return new RawResponse(0, new Dictionary<string, string>(), Encoding.UTF8.GetBytes(e.GetType().Name + ": " + e.Message));
        }
    }
}
