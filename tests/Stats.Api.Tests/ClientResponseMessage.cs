using Microsoft.OData;

namespace Stats.Api.Tests;

/// <summary>An HTTP response as Microsoft.OData.Core's reader sees it: status, every header, the buffered body.</summary>
internal sealed class ClientResponseMessage(int status, IEnumerable<KeyValuePair<string, string>> headers, byte[] body) : IODataResponseMessageAsync
{
    private readonly Dictionary<string, string> headers = headers.ToDictionary(h => h.Key, h => h.Value, StringComparer.OrdinalIgnoreCase);

    public IEnumerable<KeyValuePair<string, string>> Headers => headers;

    public int StatusCode { get; set; } = status;

    public string? GetHeader(string headerName) => headers.TryGetValue(headerName, out var value) ? value : null;

    public void SetHeader(string headerName, string headerValue) => headers[headerName] = headerValue;

    public Stream GetStream() => new MemoryStream(body, writable: false);

    public Task<Stream> GetStreamAsync() => Task.FromResult(GetStream());

    public static async Task<ClientResponseMessage> FromAsync(HttpResponseMessage response)
    {
        var headers = response.Headers.Concat(response.Content.Headers).Select(h => new KeyValuePair<string, string>(h.Key, string.Join(", ", h.Value)));
        return new ClientResponseMessage((int)response.StatusCode, headers, await response.Content.ReadAsByteArrayAsync());
    }
}
