namespace Stats.Etl.Channels;

public abstract partial record PullOutcome
{
    /// <summary>
    /// The pull did not produce a file. <paramref name="Transient"/> failures (network, timeout, 408, 429, 5xx) are worth
    /// retrying, after <paramref name="RetryAfter"/> when the agency said so; the others need a person. The message names
    /// the contract and the URL's host and path, never credentials or the query string.
    /// </summary>
    public sealed record Failed(int? StatusCode, bool Transient, string Message, TimeSpan? RetryAfter) : PullOutcome;
}
