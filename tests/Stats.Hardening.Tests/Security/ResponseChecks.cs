using System.Collections.Concurrent;

namespace Stats.Hardening.Tests.Security;

/// <summary>
/// What every answer of the server must satisfy, counted: the security headers (nosniff, no framing, a referrer policy, a
/// Content-Security-Policy, strict for pages; no Server banner), no caching of anything asked with a key, no canary content;
/// and in error answers nothing of the server's insides: no stack trace, exception type, namespace or file path (unless
/// the request itself carried that text, which an error may quote).
/// </summary>
internal sealed class ResponseChecks(IReadOnlyList<string> serverPaths, string canaryToken)
{
    /// <summary>"Stats." alone is the EDM namespace of the served types (Stats.Indicator_V04), public in $metadata; the code's namespaces are not.</summary>
    private static readonly string[] InsideMarkers =
    [
        "   at ", "Exception", ".cs:line", "System.", "Stats.Api", "Stats.Warehouse", "Stats.Host", "Stats.Etl", "Stats.Core", "Stats.Catalog", "Stats.Charts",
        "DuckDB.NET", "Microsoft.", "/home/", "/work/", "/root/", "/usr/", "C:\\",
    ];

    private readonly ConcurrentQueue<string> _problems = new();
    private int _answers;

    public int Answers => _answers;

    public IReadOnlyList<string> Problems => [.. _problems];

    public void Check(SecurityAnswer answer)
    {
        Interlocked.Increment(ref _answers);
        foreach (var problem in ProblemsOf(answer))
        {
            _problems.Enqueue($"{answer}: {problem}");
        }
    }

    /// <summary>Answers Kestrel gave itself to a malformed request (a NUL in the path), before any middleware could add headers.</summary>
    public int ServerRefusals => _serverRefusals;

    private int _serverRefusals;

    private IEnumerable<string> ProblemsOf(SecurityAnswer answer)
    {
        if (answer.Status == System.Net.HttpStatusCode.BadRequest && answer.Body.Length == 0 && answer.Request.Contains('\0', StringComparison.Ordinal)
            && !answer.Headers.ContainsKey("Content-Type"))
        {
            Interlocked.Increment(ref _serverRefusals);
            yield break;
        }

        if (answer.Header("X-Content-Type-Options") is not "nosniff")
        {
            yield return "no X-Content-Type-Options: nosniff";
        }

        var policy = answer.Header("Content-Security-Policy");
        if (answer.Header("X-Frame-Options") is not ("DENY" or "SAMEORIGIN") && !(policy?.Contains("frame-ancestors", StringComparison.Ordinal) ?? false))
        {
            yield return "neither X-Frame-Options nor frame-ancestors";
        }

        if (string.IsNullOrEmpty(answer.Header("Referrer-Policy")))
        {
            yield return "no Referrer-Policy";
        }

        if (string.IsNullOrEmpty(policy))
        {
            yield return "no Content-Security-Policy";
        }
        else if ((answer.Header("Content-Type") ?? "").StartsWith("text/html", StringComparison.OrdinalIgnoreCase)
            && (!policy.Contains("default-src 'none'", StringComparison.Ordinal) || policy.Contains("unsafe-eval", StringComparison.Ordinal) || policy.Contains("script-src", StringComparison.Ordinal)))
        {
            yield return $"a page with a weak Content-Security-Policy: {policy}";
        }

        if (answer.Header("Server") is { } server)
        {
            yield return $"a Server banner: {server}";
        }

        if (answer.Keyed && !(answer.Header("Cache-Control")?.Contains("no-store", StringComparison.Ordinal) ?? false))
        {
            yield return $"asked with a key but cacheable: Cache-Control {answer.Header("Cache-Control") ?? "(none)"}";
        }

        if (answer.Body.Contains(canaryToken, StringComparison.Ordinal))
        {
            yield return "the canary file's content is in the answer";
        }

        if ((int)answer.Status >= 400)
        {
            foreach (var marker in InsideMarkers.Concat(serverPaths))
            {
                if (answer.Body.Contains(marker, StringComparison.Ordinal) && !answer.Request.Contains(marker, StringComparison.Ordinal))
                {
                    yield return $"the error body shows '{marker}': {Shorten(answer.Body)}";
                }
            }
        }
    }

    private static string Shorten(string text) => text.Length <= 300 ? text : text[..300] + "…";
}
