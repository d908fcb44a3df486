using System.Text.Json;

namespace Stats.Hardening.Tests.Fuzz;

/// <summary>
/// Follows the service's own next links: a later page (keyset $skiptoken, pinned vintage) must pass the same checks as a
/// first one. One follow-up in three has its token tampered with (a character changed), as a client or proxy could.
/// The follow-up is sent as the same caller: a key given as api_key is not carried in next links, so it is added again.
/// </summary>
internal static class NextLinks
{
    public static FuzzRequest? FollowUp(FuzzRequest request, RawResponse response, Random random)
    {
        if (response.Status != 200 || !response.ContentType.StartsWith("application/json", StringComparison.Ordinal))
        {
            return null;
        }

        string? link;
        try
        {
            using var json = JsonDocument.Parse(response.Body);
            link = json.RootElement.ValueKind == JsonValueKind.Object && json.RootElement.TryGetProperty("@odata.nextLink", out var next) ? next.GetString() : null;
        }
        catch (JsonException)
        {
            return null;
        }

        if (link is null || !Uri.TryCreate(link, UriKind.Absolute, out var uri))
        {
            return null;
        }

        var target = uri.PathAndQuery;
        var strategy = "next-link";
        if (random.Next(3) == 0)
        {
            strategy = "next-link-tampered";
            var token = target.IndexOf("skiptoken=", StringComparison.Ordinal) + "skiptoken=".Length;
            var at = random.Next(token, target.Length);
            target = target[..at] + "AbZz09-_%"[random.Next(9)] + target[(at + 1)..];
        }

        var key = request.Target.IndexOf("api_key=", StringComparison.Ordinal);
        if (key >= 0)
        {
            target += "&" + new string([.. request.Target[key..].TakeWhile(c => c != '&')]);
        }

        return request with { Strategy = strategy, Target = target };
    }
}
