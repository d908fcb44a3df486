namespace Stats.Etl.Contracts;

/// <summary>
/// What each consistency check of an aggregate return does when it finds something: <c>finding</c> (recorded and
/// shown, the delivery loads) or <c>refuse</c> (the delivery is refused with the findings in the message).
/// </summary>
public sealed record AggregateChecks
{
    public const string Finding = "finding";
    public const string Refuse = "refuse";

    /// <summary>Details not adding up to their stated total (or subtotal).</summary>
    public string Margins { get; init; } = Finding;

    /// <summary>Quarters (or months) not adding up to the year (or quarter).</summary>
    public string Periods { get; init; } = Finding;

    /// <summary>A negative count.</summary>
    public string Negative { get; init; } = Finding;

    public RevisionCheckSpec Revision { get; init; } = new();
}
