namespace Stats.Core.Freshness;

/// <summary>How current a source's deliveries are, judged against its contract's timeliness.</summary>
public enum FreshnessStatus
{
    /// <summary>No successful delivery has ever been recorded for the source.</summary>
    NeverDelivered,

    /// <summary>The last successful delivery is younger than the late threshold.</summary>
    OnTime,

    /// <summary>The last successful delivery is at least the late threshold old, but younger than the overdue one.</summary>
    Late,

    /// <summary>The last successful delivery is at least the overdue threshold old.</summary>
    Overdue,
}
