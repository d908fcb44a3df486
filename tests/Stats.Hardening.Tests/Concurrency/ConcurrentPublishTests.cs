using System.Diagnostics;
using System.Globalization;
using Xunit.Abstractions;

namespace Stats.Hardening.Tests.Concurrency;

/// <summary>
/// Issue 10, item 4: sixteen clients (half anonymous, half with an analyst key) read the feed over HTTP on loopback while
/// twenty vintages are published on the same data folder, each adding three persons (<see cref="PoliceDeliveries"/>). No
/// request may fail (no 5xx, no 429, no connection error), every response must be consistent with exactly the vintage its
/// header names (V04's total now and in an older vintage by route, the Vintage set, the $apply count of persons), and every sequence of pages followed through
/// next links must be, cell for cell, one vintage's V04 cells as its snapshot file holds them (read with the test's
/// own SQL after the run). STATS_HARDENING_SCALE multiplies the number of publishes.
/// </summary>
public sealed class ConcurrentPublishTests(ITestOutputHelper output)
{
    private const int Readers = 16;

    [Fact]
    public async Task Issue_10_readers_during_twenty_publishes_never_fail_and_each_response_is_one_vintage()
    {
        var publishes = HardeningScale.Times(20);
        var clock = Stopwatch.StartNew();
        await using var warehouse = await PublishingWarehouse.CreateAsync();
        var setUp = clock.Elapsed;
        var totalCell = await PublishedCells.TotalCellKeyAsync(warehouse.Options);
        var observations = new ReadObservations();
        var clients = Enumerable.Range(0, Readers).Select(i => Client(warehouse, analyst: i % 2 == 1)).ToList();
        var publishTimes = new List<TimeSpan>();
        var unseen = new List<int>();
        using var stop = new CancellationTokenSource();
        clock.Restart();
        var cpu = Process.GetCurrentProcess().TotalProcessorTime;
        var readers = clients.Select((client, i) => Task.Run(() => new VintageReader(client, i % 2 == 1, totalCell, observations, i).RunAsync(stop.Token))).ToList();
        try
        {
            for (var vintage = 2; vintage <= publishes + 1; vintage++)
            {
                publishTimes.Add(await warehouse.PublishAsync(vintage));

                // Each vintage is read while it is current before the next one replaces it.
                if (!await observations.WaitSeenAsync(vintage, TimeSpan.FromSeconds(30)))
                {
                    unseen.Add(vintage);
                }
            }

            // Sequences begun on the last vintages finish while the readers go on.
            await Task.Delay(TimeSpan.FromSeconds(1));
        }
        finally
        {
            await stop.CancelAsync();
            await Task.WhenAll(readers);
            clients.ForEach(c => c.Dispose());
        }

        var elapsed = clock.Elapsed;
        cpu = Process.GetCurrentProcess().TotalProcessorTime - cpu;
        var mismatches = await CompareWithSnapshotsAsync(warehouse, observations, publishes + 1, totalCell);
        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{observations.Total} requests by {Readers} clients during {publishes} publishes in {elapsed.TotalSeconds:0.0} s (CPU time of this process {cpu.TotalSeconds:0.0} s) " +
            $"(set-up and vintage 1: {setUp.TotalSeconds:0.0} s); requests by kind: {string.Join(", ", observations.Requests.OrderBy(r => r.Key).Select(r => $"{r.Key} {r.Value}"))}"));
        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"publish (load + build + snapshot) per vintage: min {publishTimes.Min().TotalSeconds:0.00} s, mean {publishTimes.Average(t => t.TotalSeconds):0.00} s, max {publishTimes.Max().TotalSeconds:0.00} s " +
            $"({string.Join(" ", publishTimes.Select(t => t.TotalSeconds.ToString("0.0", CultureInfo.InvariantCulture)))})"));
        output.WriteLine($"vintages seen: {observations.Vintages.Count} of {publishes + 1} ({string.Join(", ", observations.Vintages.OrderBy(v => v.Key).Select(v => $"{v.Key}: {v.Value}"))} responses)");
        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"page sequences followed to the end: {observations.Sequences.Count} ({observations.Sequences.Sum(s => s.Pages)} pages), " +
            $"spanning a publish: {observations.Sequences.Count(s => s.Vintage < observations.Vintages.Keys.Max())}, compared cell by cell with their vintage's snapshot: {mismatches.Count} mismatches"));
        foreach (var failure in observations.Failures.Take(30).Concat(mismatches.Take(30)))
        {
            output.WriteLine("FAILED " + failure);
        }

        foreach (var entry in warehouse.Log.Entries.Distinct().Take(observations.Failures.IsEmpty ? 0 : 30))
        {
            output.WriteLine("SERVER " + entry);
        }

        observations.Failures.Should().BeEmpty("no request may fail and every response must be its vintage's");
        // Readers really overlapped the publishes: at least one request per client per publish (about four are made here).
        observations.Total.Should().BeGreaterThanOrEqualTo(Readers * publishes, "{0} clients read throughout {1} publishes", Readers, publishes);
        mismatches.Should().BeEmpty("every page sequence must be exactly one vintage's cells");
        unseen.Should().BeEmpty("every published vintage must be served to the readers");
        observations.Vintages.Keys.Should().BeEquivalentTo(Enumerable.Range(1, publishes + 1));
        observations.Sequences.Should().Contain(s => s.Analyst).And.Contain(s => !s.Analyst);
        observations.Requests.Keys.Should().BeEquivalentTo(["total", "older", "vintage", "metadata", "page", "apply"]);
    }

    private static HttpClient Client(PublishingWarehouse warehouse, bool analyst)
    {
        var client = new HttpClient { BaseAddress = warehouse.ODataRoot, Timeout = TimeSpan.FromSeconds(60) };
        if (analyst)
        {
            client.DefaultRequestHeaders.Add("X-Api-Key", warehouse.AnalystKey);
        }

        return client;
    }

    /// <summary>
    /// Every vintage's snapshot must hold the known total (the vintages differ as the deliveries say), and every page
    /// sequence must equal its vintage's V04 cells for its role: the same keys, each once, with the same values.
    /// </summary>
    private static async Task<List<string>> CompareWithSnapshotsAsync(PublishingWarehouse warehouse, ReadObservations observations, int vintages, string totalCell)
    {
        var mismatches = new List<string>();
        var snapshots = new Dictionary<int, Dictionary<string, (double? Public, double? Analyst)>>();
        for (var vintage = 1; vintage <= vintages; vintage++)
        {
            var cells = await PublishedCells.ReadAsync(warehouse.Options, vintage);
            var expected = PoliceDeliveries.RegisteredVictims(vintage);
            if (cells[totalCell] != (expected, expected))
            {
                mismatches.Add($"the snapshot of vintage {vintage} holds the total {cells[totalCell]}, not {expected}");
            }

            snapshots[vintage] = cells;
        }

        foreach (var sequence in observations.Sequences)
        {
            var expected = snapshots[sequence.Vintage].ToDictionary(c => c.Key, c => sequence.Analyst ? c.Value.Analyst : c.Value.Public);
            var missing = expected.Keys.Except(sequence.Rows.Keys).Count();
            var extra = sequence.Rows.Keys.Except(expected.Keys).Count();
            var different = sequence.Rows.Where(r => expected.TryGetValue(r.Key, out var value) && value != r.Value).Select(r => r.Key).ToList();
            if (missing + extra + different.Count > 0)
            {
                mismatches.Add($"a {(sequence.Analyst ? "analyst" : "public")} sequence of vintage {sequence.Vintage}: {missing} cells missing, {extra} not in the vintage, " +
                    $"{different.Count} with another value (e.g. {string.Join(", ", different.Take(3))})");
            }
        }

        return mismatches;
    }
}
