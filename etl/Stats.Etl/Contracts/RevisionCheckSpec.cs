namespace Stats.Etl.Contracts;

/// <summary>
/// When a cell moved enough against the previous delivery for the same period to be a finding: the change must
/// reach both <c>Absolute</c> and <c>Relative</c> × max(|previous|, 1), so small counts do not flag on noise.
/// </summary>
public sealed record RevisionCheckSpec
{
    public double Relative { get; init; } = 0.25;
    public double Absolute { get; init; } = 5;
    public string Action { get; init; } = AggregateChecks.Finding;
}
