using System.Net;

namespace Stats.Hardening.Tests.Security;

/// <summary>
/// One answer as the checks read it: status, every header (response and content headers, names case-insensitive), the body
/// as text, and what was asked (so that an error quoting the request's own text is not mistaken for a leak).
/// </summary>
internal sealed record SecurityAnswer(string Request, bool Keyed, HttpStatusCode Status, IReadOnlyDictionary<string, string> Headers, string Body)
{
    public string? Header(string name) => Headers.TryGetValue(name, out var value) ? value : null;

    public override string ToString() => $"{Request} → {(int)Status}";

    public static async Task<SecurityAnswer> ReadAsync(string request, bool keyed, HttpResponseMessage response)
    {
        var headers = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var (name, values) in response.Headers.Concat(response.Content.Headers))
        {
            headers[name] = string.Join(", ", values);
        }

        return new SecurityAnswer(request, keyed, response.StatusCode, headers, await response.Content.ReadAsStringAsync());
    }
}
