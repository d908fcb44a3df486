using System.Diagnostics;
using System.Globalization;
using Xunit.Abstractions;

namespace Stats.Hardening.Tests.Security;

/// <summary>
/// Issue 10, item 5: every endpoint the real composition maps (read from its EndpointDataSource, so a new endpoint cannot be
/// forgotten) × every kind of caller gets the status the README documents, and every answer carries the security headers.
/// </summary>
[Collection(SecurityCollection.Name)]
public sealed class EndpointRoleMatrixTests(SecurityWarehouse warehouse, ITestOutputHelper output)
{
    [Fact]
    public async Task Issue_10_every_mapped_endpoint_answers_every_caller_as_the_readme_documents()
    {
        var watch = Stopwatch.StartNew();
        var mapped = MappedEndpoints.Of(warehouse.App);
        mapped.Should().NotBeEmpty();
        var sets = await EndpointMatrix.SetsAsync(warehouse);
        sets.Where(s => EndpointMatrix.RuleOf(s) is null).Should().BeEmpty("every entity set needs a documented access rule");
        var vintage = int.Parse((await warehouse.Source.GetAsync(Stats.Warehouse.OData.ODataRole.Public, null, CancellationToken.None)).VintageId, CultureInfo.InvariantCulture);
        var rows = EndpointMatrix.Rows(sets, vintage, () => SecurityHttp.Csv("not;a;delivery\n1;2;3\n"));

        mapped.Where(m => !rows.Any(r => r.Method == m.Method && r.Pattern == m.Pattern)).Select(m => $"{m.Method} {m.Pattern}")
            .Should().BeEmpty("every mapped endpoint needs its row in the expected matrix");
        rows.Where(r => !mapped.Contains((r.Method, r.Pattern))).Select(r => $"{r.Method} {r.Pattern}")
            .Should().BeEmpty("every row of the expected matrix must be a mapped endpoint");

        var callers = SecurityCaller.All(warehouse.Keys);
        var checks = SecurityChecks.For(warehouse);
        var http = new SecurityHttp(warehouse.Http, checks);
        var requests = rows.SelectMany(r => r.Probes.Select(p => (Row: r, Probe: p))).SelectMany(x => callers.Select((c, i) => (x.Row, x.Probe, Caller: c, Index: i))).ToList();
        var failures = new System.Collections.Concurrent.ConcurrentQueue<string>();
        var sequence = 0;
        var times = new System.Collections.Concurrent.ConcurrentQueue<(double Ms, string Request)>();
        await Parallel.ForEachAsync(requests, new ParallelOptions { MaxDegreeOfParallelism = 4 }, async (r, _) =>
        {
            var path = r.Probe.Path.Replace("{n}", Interlocked.Increment(ref sequence).ToString(CultureInfo.InvariantCulture), StringComparison.Ordinal);
            var request = r.Row.Method == "POST"
                ? SecurityHttp.Post(path, r.Probe.Body!(), r.Caller.Key)
                : SecurityHttp.Get(path, r.Caller.Key);
            var started = Stopwatch.GetTimestamp();
            var answer = await http.SendAsync(request);
            times.Enqueue((Stopwatch.GetElapsedTime(started).TotalMilliseconds, $"{r.Row.Method} {path} as {r.Caller.Name}"));
            var expected = r.Probe.Rule.Statuses[r.Index];
            if ((int)answer.Status != expected)
            {
                failures.Enqueue($"{r.Row.Method} {path} as {r.Caller.Name}: {(int)answer.Status}, expected {expected} ({r.Probe.Rule.Name}): {answer.Body[..Math.Min(200, answer.Body.Length)]}");
            }
        });

        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"endpoint × role matrix: {mapped.Count} mapped endpoints, {rows.Sum(r => r.Probes.Count)} requests standing for them ({sets.Count} entity sets), × {callers.Count} callers = {requests.Count} requests checked, {checks.Answers} answers header-checked, in {watch.Elapsed.TotalSeconds:0.0} s (fixture prepared in {warehouse.PreparedIn.TotalSeconds:0.0} s)"));
        var sorted = times.OrderBy(t => t.Ms).ToList();
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"request times: median {sorted[sorted.Count / 2].Ms:0.0} ms, slowest {sorted[^1].Ms:0} ms ({sorted[^1].Request})"));
        failures.Should().BeEmpty();
        checks.Problems.Should().BeEmpty();
        requests.Count.Should().Be(checks.Answers);
    }
}
