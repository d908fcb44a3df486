using System.Net.Http.Headers;
using System.Text;

namespace Stats.Hardening.Tests.Security;

/// <summary>Sends the security tests' requests and reads every answer whole, checking it on the way (<see cref="ResponseChecks"/>).</summary>
internal sealed class SecurityHttp(HttpClient http, ResponseChecks checks)
{
    /// <summary>What a request carries encoded (a skip token's JSON), as the server reads it: an error may quote it.</summary>
    public static readonly HttpRequestOptionsKey<string> Carries = new("stats-carries");

    public ResponseChecks Checks => checks;

    public static HttpRequestMessage Get(string relative, string? key = null) => With(new HttpRequestMessage(HttpMethod.Get, new Uri(relative, UriKind.Relative)), key);

    public static HttpRequestMessage Post(string relative, HttpContent? content, string? key = null) =>
        With(new HttpRequestMessage(HttpMethod.Post, new Uri(relative, UriKind.Relative)) { Content = content }, key);

    public static HttpRequestMessage With(HttpRequestMessage request, string? key)
    {
        if (key is not null)
        {
            request.Headers.Add("X-Api-Key", key);
        }

        return request;
    }

    public static HttpContent Csv(string text)
    {
        var content = new ByteArrayContent(Encoding.UTF8.GetBytes(text));
        content.Headers.ContentType = new MediaTypeHeaderValue("text/csv");
        return content;
    }

    /// <summary>Sends, reads the whole answer, records its problems with the checks and returns it.</summary>
    public async Task<SecurityAnswer> SendAsync(HttpRequestMessage request)
    {
        using (request)
        {
            // Decoded, so that an error quoting a parameter is compared with the parameter as the server read it.
            var asked = $"{request.Method} {Uri.UnescapeDataString(request.RequestUri!.OriginalString)}";
            if (request.Options.TryGetValue(Carries, out var carried))
            {
                asked += " " + carried;
            }

            if (request.Content is not null)
            {
                asked += " " + await request.Content.ReadAsStringAsync();
            }

            var keyed = request.Headers.Contains("X-Api-Key") || request.Headers.Authorization is not null
                || (request.RequestUri?.OriginalString.Contains("api_key=", StringComparison.OrdinalIgnoreCase) ?? false);
            using var response = await http.SendAsync(request);
            var answer = await SecurityAnswer.ReadAsync(asked, keyed, response);
            checks.Check(answer);
            return answer;
        }
    }
}
