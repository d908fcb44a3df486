using System.Net.Http.Headers;
using System.Text;

namespace Stats.Hardening.Tests.Security;

/// <summary>
/// Every way a key is presented (README, Keys): X-Api-Key, the Basic password (any user name), the api_key query parameter
/// in any case and percent-encoded, and combinations; each request also notes the credentials text it sent, which must not
/// reach a log either.
/// </summary>
internal static class KeyUse
{
    public static IEnumerable<HttpRequestMessage> AllWays(string path, string key, List<string> sent)
    {
        var separator = path.Contains('?', StringComparison.Ordinal) ? "&" : "?";
        yield return SecurityHttp.Get(path, key);
        yield return Basic(path, "excel", key, sent);
        yield return Basic(path, "", key, sent);
        yield return SecurityHttp.Get(path + separator + "api_key=" + Uri.EscapeDataString(key));
        yield return SecurityHttp.Get(path + separator + "API_KEY=" + Uri.EscapeDataString(key));
        yield return SecurityHttp.Get(path + separator + "api%5Fkey=" + Uri.EscapeDataString(key));
        yield return SecurityHttp.Get(path + separator + "$top=1&api_key=" + Uri.EscapeDataString(key) + "&$skip=0");
        var both = Basic(path + separator + "api_key=" + Uri.EscapeDataString(key), "powerbi", key, sent);
        both.Headers.Add("X-Api-Key", key);
        yield return both;
    }

    /// <summary>Malformed and conflicting credentials around a key: refused, and still not logged.</summary>
    public static IEnumerable<HttpRequestMessage> Broken(string path, string key, string otherKey, List<string> sent)
    {
        var separator = path.Contains('?', StringComparison.Ordinal) ? "&" : "?";
        var conflicting = SecurityHttp.Get(path + separator + "api_key=" + Uri.EscapeDataString(otherKey), key);
        yield return conflicting;
        var noColon = SecurityHttp.Get(path);
        var raw = Convert.ToBase64String(Encoding.UTF8.GetBytes(key));
        sent.Add(raw);
        noColon.Headers.TryAddWithoutValidation("Authorization", "Basic " + raw);
        yield return noColon;
        var bearer = SecurityHttp.Get(path);
        bearer.Headers.TryAddWithoutValidation("Authorization", "Bearer " + key);
        yield return bearer;
        var twice = SecurityHttp.Get(path);
        twice.Headers.TryAddWithoutValidation("X-Api-Key", [key, otherKey]);
        yield return twice;
    }

    private static HttpRequestMessage Basic(string path, string user, string key, List<string> sent)
    {
        var request = SecurityHttp.Get(path);
        var credentials = Convert.ToBase64String(Encoding.UTF8.GetBytes(user + ":" + key));
        sent.Add(credentials);
        request.Headers.Authorization = new AuthenticationHeaderValue("Basic", credentials);
        return request;
    }
}
