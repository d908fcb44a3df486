using Stats.Catalog.Pulls;

namespace Stats.Etl.Channels;

/// <summary>
/// One pull of one contract's delivery: where from, how to authenticate, the validators of the last download, the
/// largest body accepted, and an optional time limit for the whole exchange (the configured TimeoutSeconds).
/// </summary>
public sealed record PullRequest(string ContractId, Uri Url, PullCredentials? Credentials, PullValidators? Previous, long MaxBytes, TimeSpan? Timeout = null)
{
    /// <summary>The URL as messages may show it: scheme, host, port and path, never user info or the query string.</summary>
    public string SafeUrl => $"{Url.Scheme}://{Url.Authority}{Url.AbsolutePath}";

    public override string ToString() => $"PullRequest {{ ContractId = {ContractId}, Url = {SafeUrl}, Credentials = {Credentials?.ToString() ?? "none"}, MaxBytes = {MaxBytes} }}";
}
