namespace Stats.Core.Estimation;

/// <summary>The overlap table cannot support an estimate; the message names the list, term, row or value and why.</summary>
public sealed class EstimationRefusedException(RefusalReason reason, string message) : Exception(message)
{
    public RefusalReason Reason { get; } = reason;

    /// <summary>The reason in snake case, as written in JSON outputs and the warehouse (too_few_lists, …).</summary>
    public string ReasonCode => ReasonCodes.Of(Reason);
}
