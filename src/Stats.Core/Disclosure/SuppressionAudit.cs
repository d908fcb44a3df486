using System.Globalization;

namespace Stats.Core.Disclosure;

/// <summary>
/// Independent check of a protected cube, written apart from <see cref="CubeProtector"/> (its own cell index and a
/// generic ±1 linear-constraint propagation) so a mistake in one is not repeated in the other.
/// <para>For every suppressed cell it derives the interval of values consistent with the published cells, every additive
/// relation (a total equals the sum of its children along each dimension) and non-negativity, by interval
/// propagation: each relation bounds each of its unknowns by the bounds of the others, repeated until nothing tightens.
/// These bounds are sound (the true value always lies inside) but may be wider than exact linear-programming bounds,
/// because propagation looks at one relation at a time; a cell pinned only by combining several relations at once can
/// therefore go unflagged. The audit also ignores what the published flags themselves say (C means 1 … k−1,
/// D means 0 or at least k); it reasons from published figures only.</para>
/// <para>Findings: a published cell in 1 … k−1; a suppressed cell whose interval is a single value ("pinned"); a
/// suppressed cell that is primary, or provably non-zero, whose upper bound is below k ("upper bound below k").</para>
/// </summary>
public static class SuppressionAudit
{
    public static IReadOnlyList<AuditFinding> Audit(IReadOnlyList<string> dimensions, IReadOnlyList<ProtectedCell> published, DisclosureRule rule)
    {
        ArgumentNullException.ThrowIfNull(dimensions);
        ArgumentNullException.ThrowIfNull(published);
        ArgumentNullException.ThrowIfNull(rule);
        var (lower, upper) = FeasibleIntervals(dimensions, published);
        var findings = new List<AuditFinding>();
        for (var i = 0; i < published.Count; i++)
        {
            var cell = published[i];
            var high = upper[i];
            if (cell.Status == ConfidentialityStatus.Free)
            {
                if (cell.Value > 0 && cell.Value < rule.K)
                {
                    findings.Add(new AuditFinding(cell.Coordinates, lower[i], high, "published value below k"));
                }
            }
            else if (lower[i] == high)
            {
                findings.Add(new AuditFinding(
                    cell.Coordinates, lower[i], high, string.Create(CultureInfo.InvariantCulture, $"pinned: value {high} is derivable")));
            }
            else if ((cell.Status == ConfidentialityStatus.Primary || lower[i] > 0) && high < rule.K)
            {
                findings.Add(new AuditFinding(cell.Coordinates, lower[i], high, "upper bound below k: a small count is derivable"));
            }
        }

        return findings;
    }

    /// <summary>Per cell (in input order) the derivable interval; <see cref="long.MaxValue"/> as upper = unbounded.</summary>
    internal static (long[] Lower, long[] Upper) FeasibleIntervals(IReadOnlyList<string> dimensions, IReadOnlyList<ProtectedCell> published)
    {
        var constraints = AuditConstraints.Build(dimensions, published);
        var unknown = published.Select(c => c.Status != ConfidentialityStatus.Free).ToArray();
        var lower = published.Select(c => c.Value ?? 0).ToArray();
        var upper = published.Select(c => c.Value).ToArray(); // null = no upper bound known yet
        AuditPropagation.Run(constraints, unknown, lower, upper);
        return (lower, upper.Select(u => u ?? long.MaxValue).ToArray());
    }
}
