namespace Stats.Api.Operations;

/// <summary>Whether a source delivered on its schedule; written as "on_time", "late", "overdue", "never".</summary>
public enum SourceStatus
{
    OnTime = 0,
    Late = 1,
    Overdue = 2,

    /// <summary>No successful delivery yet.</summary>
    Never = 3,
}
