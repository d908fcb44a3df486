using System.Globalization;

namespace Stats.Core.Disclosure;

/// <summary>
/// Threshold-rule protection of any set of cells linked by additive relations (several tables of one indicator
/// sharing margins, months → quarters → year), with an exact linear-programming check of what the published cells
/// imply. Guarantees on the result:
/// <list type="number">
/// <item>every cell with 1 … k−1 persons, and every forced cell whatever its value, is suppressed (Primary); other
/// zeros are published, they describe no person;</item>
/// <item>no relation holds exactly one suppressed cell;</item>
/// <item>for every suppressed cell the LP maximum given every relation and every published value is at least k, and
/// no suppressed non-zero cell is pinned (LP minimum = maximum);</item>
/// <item>the same cells and relations give the same result whatever the order of relations or members.</item>
/// </list>
/// Secondary cells: first, every relation holding exactly one suppressed cell gets its cheapest published cell (non-zero
/// before zero, then by cost, then lowest index); then, while the exact check finds an exposed cell, the cheapest set
/// of published cells that lets it move (a small LP around it), until nothing is exposed. Every certificate of
/// protection is a verified feasible solution, so rounding can add a suppression but never publish an exposed cell.
/// Large linked problems: components of suppressed cells above a few hundred cells are checked in neighbourhoods,
/// which is exact for what it certifies but may suppress more than strictly needed.
/// </summary>
public static class LinkedProtector
{
    public static IReadOnlyList<ConfidentialityStatus> Protect(ProtectionProblem problem, DisclosureRule rule)
    {
        ArgumentNullException.ThrowIfNull(rule);
        var canonical = ProblemValidation.Canonicalize(problem);
        var state = new SuppressionState(canonical, rule.K);
        var audit = new ExposureAudit(canonical, rule.K);
        while (true)
        {
            state.CloseLoneSuppressions();
            var exposed = audit.FindExposed(state.Suppressed);
            if (exposed.Count == 0)
            {
                break;
            }

            if (!state.Repair(exposed))
            {
                // Only possible when the relations alone cap a cell below k (e.g. a cell forced to zero by duplicate
                // relations with different members); no suppression pattern can protect such a cell.
                throw new InvalidOperationException(string.Create(CultureInfo.InvariantCulture,
                    $"Cell {exposed[0]} stays exposed with every cell linked to it suppressed; the relations themselves bound it below k = {rule.K}."));
            }
        }

        return Enumerable.Range(0, canonical.CellCount)
            .Select(c => state.Primary[c] ? ConfidentialityStatus.Primary
                : state.Suppressed[c] ? ConfidentialityStatus.Secondary
                : ConfidentialityStatus.Free)
            .ToArray();
    }
}
