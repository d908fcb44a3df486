namespace Stats.Core.Disclosure;

/// <summary>
/// A cell the audit considers disclosed, with the feasible interval [<see cref="Lower"/>, <see cref="Upper"/>] an
/// intruder can derive from the published cells (<see cref="long.MaxValue"/> as upper means unbounded).
/// </summary>
public sealed record AuditFinding(IReadOnlyList<string> Coordinates, long Lower, long Upper, string Problem);
