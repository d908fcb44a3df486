namespace Stats.Etl.Scheduling;

/// <summary>
/// What one run did, handed to the run history through the Quartz context's result. <see cref="Failure"/> set means the run
/// failed for a reason a retry would not cure (a refused credential, failing data tests): recorded, not retried.
/// </summary>
public sealed record JobReport
{
    public int FilesSeen { get; init; }
    public int DeliveriesLoaded { get; init; }
    public int DeliveriesRefused { get; init; }
    public int DeliveriesDuplicate { get; init; }
    public long RowsLoaded { get; init; }
    public int? VintageId { get; init; }
    public string? Message { get; init; }
    public string? Failure { get; init; }

    /// <summary>A pull's verdict: a publish should follow (it loaded something, or a loaded delivery is not served yet).</summary>
    public bool PublishOwed { get; init; }

    /// <summary>True when nothing was there to do (no file, nothing new at the agency).</summary>
    public bool Idle => FilesSeen == 0 && VintageId is null && Failure is null;
}
