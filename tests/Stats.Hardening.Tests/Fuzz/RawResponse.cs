namespace Stats.Hardening.Tests.Fuzz;

/// <summary>
/// One HTTP response as read off the socket: the status (0 when the server closed the connection without answering),
/// the headers (names lower-case) and the body, de-chunked.
/// </summary>
internal sealed record RawResponse(int Status, IReadOnlyDictionary<string, string> Headers, byte[] Body)
{
    public string? Header(string name) => Headers.TryGetValue(name.ToLowerInvariant(), out var value) ? value : null;

    public string ContentType => Header("content-type") ?? "";
}
