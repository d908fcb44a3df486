namespace Stats.Etl.Channels;

/// <summary>What a pull did: <see cref="NotModified"/>, <see cref="Downloaded"/> into the inbox, or <see cref="Failed"/>.</summary>
public abstract partial record PullOutcome
{
    private protected PullOutcome()
    {
    }

    /// <summary>The agency answered 304: the last download is still current; nothing was written.</summary>
    public sealed record NotModified : PullOutcome;
}
