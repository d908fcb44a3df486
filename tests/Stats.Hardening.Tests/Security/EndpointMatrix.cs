using System.Globalization;
using Stats.Warehouse.OData;

namespace Stats.Hardening.Tests.Security;

/// <summary>
/// The expected endpoint × role matrix, as data, derived from the README (commands `serve` and `keys add`, The OData feed,
/// Exports, The monthly pack and the portal, Scheduled operations). One row per mapped endpoint (method and route pattern);
/// each row gives the concrete requests that stand for it and their access rule. The OData set routes stand for every set
/// the admin model of the served vintage holds (at /odata/vintage/{vintage}, one set per rule and the fact sets), each with
/// the rule of <see cref="SetRules"/>; a set or an endpoint without a rule fails the test.
/// </summary>
internal static class EndpointMatrix
{
    public const string Fact = "Fact_";

    /// <summary>README, The OData feed: who reads which entity set (Estimates and PopulationEstimates from PublishedSets, which the README's table does not list yet).</summary>
    public static readonly IReadOnlyList<(string Pattern, Access Rule)> SetRules =
    [
        ("Indicator_*", Access.Everyone),
        ("Indicators", Access.Everyone),
        ("Dimensions", Access.Everyone),
        ("Codes", Access.Everyone),
        ("Estimates", Access.Everyone),
        ("Vintage", Access.Everyone),
        ("SourceFreshness", Access.Everyone),
        ("AggregateCells", Access.Analyst),
        ("AggregateFindings", Access.Analyst),
        ("PopulationEstimates", Access.Analyst),
        ("LoadBatches", Access.Admin),

        // Rows and counts: 403 to every key; $apply: analysts and admins (the probes below).
        (Fact + "*", Access.AggregateOnly),
    ];

    public static IReadOnlyList<Row> Rows(IReadOnlyList<string> sets, int vintage, Func<HttpContent> upload)
    {
        var rows = new List<Row>();
        foreach (var root in new[] { "/odata", "/odata/vintage/{vintage}" })
        {
            var path = root.Replace("{vintage}", vintage.ToString(CultureInfo.InvariantCulture), StringComparison.Ordinal);
            rows.Add(new("GET", root, [new(path, Access.Everyone)]));
            rows.Add(new("GET", root + "/$metadata", [new(path + "/$metadata", Access.Everyone)]));
            // Every set at the root; at the vintage route (the same handlers) one set per access rule and every fact set.
            var some = root == "/odata" ? sets : sets.Where(s => s.StartsWith(Fact, StringComparison.Ordinal) || sets.First(t => RuleOf(t) == RuleOf(s)) == s).ToList();
            rows.Add(new("GET", root + "/{set}", [.. some.SelectMany(set => SetProbes(path + "/" + set, set, "?$top=1"))]));
            rows.Add(new("GET", root + "/{set}/$count", [.. some.SelectMany(set => SetProbes(path + "/" + set + "/$count", set, ""))]));
        }

        rows.Add(new("GET", "/", [new("/", Access.Everyone)]));
        rows.Add(new("GET", "/indicators/{id}", [new("/indicators/V04", Access.Everyone), new("/indicators/V04.csv?by=sex", Access.Everyone)]));
        rows.Add(new("GET", "/portal.css", [new("/portal.css", Access.Everyone)]));
        rows.Add(new("GET", "/exports", [new("/exports", Access.Everyone)]));
        rows.Add(new("GET", "/exports/{format}", [new("/exports/glotip", Access.Everyone)]));
        rows.Add(new("POST", "/intake/{contractId}", [new("/intake/" + SecurityWarehouse.Contract + "?fileName=matrix-{n}.csv", Access.Upload, upload)]));
        rows.Add(new("GET", "/health", [new("/health", Access.Everyone)]));
        rows.Add(new("GET", "/admin/runs", [new("/admin/runs?limit=5", Access.Admin)]));
        rows.Add(new("GET", "/admin/jobs", [new("/admin/jobs", Access.Admin)]));
        rows.Add(new("POST", "/admin/jobs/{job}/run", [new("/admin/jobs/retention/run", Access.AdminAccepted, () => new StringContent(""))]));
        return rows;
    }

    /// <summary>The rule of a set by <see cref="SetRules"/>, or null when the README says nothing about it.</summary>
    public static Access? RuleOf(string set) =>
        SetRules.Where(r => r.Pattern.EndsWith('*') ? set.StartsWith(r.Pattern[..^1], StringComparison.Ordinal) : set == r.Pattern)
            .Select(r => r.Rule).FirstOrDefault();

    private static IEnumerable<Probe> SetProbes(string path, string set, string query)
    {
        var rule = RuleOf(set) ?? throw new InvalidOperationException($"The entity set '{set}' has no documented access rule: add it to the README and to {nameof(SetRules)}.");
        yield return new(path + query, rule);
        if (set.StartsWith(Fact, StringComparison.Ordinal) && !path.EndsWith("/$count", StringComparison.Ordinal))
        {
            yield return new(path + "?$apply=aggregate($count as N)", Access.Analyst);
        }
    }

    /// <summary>A mapped endpoint and the requests that stand for it.</summary>
    internal sealed record Row(string Method, string Pattern, IReadOnlyList<Probe> Probes);

    /// <summary>One request ({n} in the path becomes a number unique to it) and its rule; a body for POSTs.</summary>
    internal sealed record Probe(string Path, Access Rule, Func<HttpContent>? Body = null);

    /// <summary>The admin model's sets: every set any role may be offered.</summary>
    public static async Task<IReadOnlyList<string>> SetsAsync(SecurityWarehouse warehouse)
    {
        var model = await warehouse.Source.GetAsync(ODataRole.Admin, null, CancellationToken.None);
        return [.. model.Sets.Select(s => s.Name).Order(StringComparer.Ordinal)];
    }
}
