namespace Stats.Core.Freshness;

/// <summary>
/// When a source is expected to deliver and when a missing delivery becomes late or overdue, measured from the last
/// successful delivery. A threshold reached exactly counts as crossed, so "late after 2 days" is late at 48:00:00.
/// </summary>
public sealed record TimelinessRule
{
    public TimelinessRule(TimeSpan expectedEvery, TimeSpan lateAfter, TimeSpan overdueAfter)
    {
        if (expectedEvery <= TimeSpan.Zero)
        {
            throw new ArgumentOutOfRangeException(nameof(expectedEvery), expectedEvery, "The expected interval must be positive.");
        }

        if (lateAfter < expectedEvery)
        {
            throw new ArgumentOutOfRangeException(nameof(lateAfter), lateAfter, "A source cannot be late before its next delivery is due (lateAfter < expectedEvery).");
        }

        if (overdueAfter <= lateAfter)
        {
            throw new ArgumentOutOfRangeException(nameof(overdueAfter), overdueAfter, "overdueAfter must be longer than lateAfter.");
        }

        ExpectedEvery = expectedEvery;
        LateAfter = lateAfter;
        OverdueAfter = overdueAfter;
    }

    public TimeSpan ExpectedEvery { get; }
    public TimeSpan LateAfter { get; }
    public TimeSpan OverdueAfter { get; }

    public FreshnessStatus Classify(DateTimeOffset? lastSuccessfulDelivery, DateTimeOffset now)
    {
        if (lastSuccessfulDelivery is not { } last)
        {
            return FreshnessStatus.NeverDelivered;
        }

        // A delivery stamped after "now" (clock skew between hosts) is as fresh as it gets, not an error.
        var age = now - last;
        return age >= OverdueAfter ? FreshnessStatus.Overdue
            : age >= LateAfter ? FreshnessStatus.Late
            : FreshnessStatus.OnTime;
    }

    /// <summary>When the next delivery is due; null when the source has never delivered.</summary>
    public DateTimeOffset? NextExpectedAt(DateTimeOffset? lastSuccessfulDelivery) => lastSuccessfulDelivery + ExpectedEvery;

    /// <summary>The instant the source turns late without a new delivery; null when it has never delivered.</summary>
    public DateTimeOffset? LateAt(DateTimeOffset? lastSuccessfulDelivery) => lastSuccessfulDelivery + LateAfter;

    /// <summary>The instant the source turns overdue without a new delivery; null when it has never delivered.</summary>
    public DateTimeOffset? OverdueAt(DateTimeOffset? lastSuccessfulDelivery) => lastSuccessfulDelivery + OverdueAfter;
}
