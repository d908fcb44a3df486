using System.Text;
using Microsoft.Extensions.Primitives;

namespace Stats.Api.Access;

/// <summary>
/// The API key a request carries: the Basic password (any user name; how Excel and Power BI send a key), an X-Api-Key
/// header, or an api_key query parameter (Power BI's "Web API" key). The same key in several places is one key; two
/// different ones are a 400, since guessing which was meant could read with the wrong role.
/// </summary>
internal static class PresentedKey
{
    public const string HeaderName = "X-Api-Key";
    public const string QueryName = "api_key";

    /// <summary>The key, or null when none was sent.</summary>
    /// <exception cref="AccessDeniedException">A malformed Authorization header (401) or conflicting keys (400).</exception>
    public static string? From(HttpRequest request)
    {
        var keys = new HashSet<string>(StringComparer.Ordinal);
        AddBasicPassword(request.Headers.Authorization, keys);
        AddAll(request.Headers[HeaderName], keys, HeaderName);
        AddAll(request.Query[QueryName], keys, QueryName);
        return keys.Count switch
        {
            0 => null,
            1 => keys.Single(),
            _ => throw new AccessDeniedException(400, "ConflictingApiKeys", "The request carries two different API keys; send one (Basic password, X-Api-Key or api_key)."),
        };
    }

    private static void AddAll(StringValues values, HashSet<string> keys, string where)
    {
        foreach (var value in values)
        {
            if (string.IsNullOrWhiteSpace(value))
            {
                throw new AccessDeniedException(401, "Unauthorized", $"{where} is empty.");
            }

            keys.Add(value.Trim());
        }
    }

    private static void AddBasicPassword(StringValues authorization, HashSet<string> keys)
    {
        if (StringValues.IsNullOrEmpty(authorization))
        {
            return;
        }

        if (authorization.Count > 1 || !AuthenticationHeaderValue(authorization[0]!, out var parameter))
        {
            throw new AccessDeniedException(401, "Unauthorized", "Only Basic authentication is accepted, with the API key as the password.");
        }

        string decoded;
        try
        {
            decoded = Encoding.UTF8.GetString(Convert.FromBase64String(parameter));
        }
        catch (FormatException)
        {
            throw new AccessDeniedException(401, "Unauthorized", "The Basic credentials are not valid base64.");
        }

        var colon = decoded.IndexOf(':', StringComparison.Ordinal);
        var password = colon < 0 ? "" : decoded[(colon + 1)..];
        AddAll(new StringValues(password), keys, "The Basic password");
    }

    private static bool AuthenticationHeaderValue(string header, out string parameter)
    {
        const string Scheme = "Basic ";
        var ok = header.StartsWith(Scheme, StringComparison.OrdinalIgnoreCase) && header.Length > Scheme.Length;
        parameter = ok ? header[Scheme.Length..].Trim() : "";
        return ok;
    }
}
