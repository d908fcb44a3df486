using Stats.Catalog.Pulls;

namespace Stats.Etl.Channels;

public abstract partial record PullOutcome
{
    /// <summary>A new version is in the inbox, ready; <paramref name="Validators"/> go into the next request.</summary>
    public sealed record Downloaded(InboxFile File, PullValidators Validators) : PullOutcome;
}
