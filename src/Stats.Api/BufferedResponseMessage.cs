using Microsoft.OData;

namespace Stats.Api;

/// <summary>
/// The response message ODataMessageWriter writes to: buffered (one bounded page), so that a failure while writing
/// still becomes a clean error response, and so that the headers the writer sets (Content-Type, OData-Version) are
/// copied to the HTTP response exactly once.
/// </summary>
internal sealed class BufferedResponseMessage : IODataResponseMessageAsync
{
    private readonly Dictionary<string, string> headers = new(StringComparer.OrdinalIgnoreCase);

    public MemoryStream Body { get; } = new();

    public IEnumerable<KeyValuePair<string, string>> Headers => headers;

    public int StatusCode { get; set; } = 200;

    public string? GetHeader(string headerName) => headers.TryGetValue(headerName, out var value) ? value : null;

    public void SetHeader(string headerName, string headerValue) => headers[headerName] = headerValue;

    public Stream GetStream() => Body;

    public Task<Stream> GetStreamAsync() => Task.FromResult<Stream>(Body);
}
