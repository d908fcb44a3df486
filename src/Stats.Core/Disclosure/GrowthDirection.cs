namespace Stats.Core.Disclosure;

/// <summary>
/// Cheap exact certificate: a direction d ≥ 0 over suppressed cells with every relation balanced (total's d = Σ
/// members' d) and d &gt; 0 at the cell in question. Then the true values plus t·d are feasible for every t ≥ 0, so every
/// cell of d's support is unbounded above and not pinned. In tables cut from one cube this is "one more person in
/// this cell and in every total above it"; it exists whenever those totals are all suppressed, which is exactly the
/// situation in heavily suppressed regions where LPs are largest. Integer arithmetic, checked before it is returned.
/// </summary>
internal static class GrowthDirection
{
    public static IReadOnlyCollection<int>? TryFind(CanonicalProblem problem, bool[] suppressed, int cell)
    {
        var d = new Dictionary<int, long> { [cell] = 1 };
        var pending = new SortedSet<int>(problem.RelationsOfCell[cell]);
        var budget = 4000; // steps; a product of hierarchies needs a few hundred, anything past this is not worth it
        while (pending.Count > 0)
        {
            if (--budget < 0)
            {
                return null;
            }

            // Raise totals first: moving up never has a choice; moving down is decided only once all ups are done.
            var r = pending.FirstOrDefault(r => Balance(problem, d, r) < 0, -1);
            if (r < 0)
            {
                r = pending.Min;
            }

            pending.Remove(r);
            var balance = Balance(problem, d, r);
            if (balance == 0)
            {
                continue;
            }

            var target = balance < 0 ? problem.Totals[r] : DownTarget(problem, suppressed, d, r);
            if (target < 0 || !suppressed[target])
            {
                return null;
            }

            d[target] = d.GetValueOrDefault(target) + Math.Abs(balance);
            pending.UnionWith(problem.RelationsOfCell[target]);
        }

        return d.Keys;
    }

    private static long Balance(CanonicalProblem problem, Dictionary<int, long> d, int r) =>
        d.GetValueOrDefault(problem.Totals[r]) - problem.Members[r].Sum(m => d.GetValueOrDefault(m));

    // The member that other growing totals are also waiting for (in a cube: the cell on the same path down), then one
    // already growing, then the lowest. A blind choice would raise some other path, whose totals then rise too.
    private static int DownTarget(CanonicalProblem problem, bool[] suppressed, Dictionary<int, long> d, int r) =>
        problem.Members[r].Where(m => suppressed[m])
            .OrderByDescending(m => problem.RelationsOfCell[m].Count(o => o != r && problem.Totals[o] != m && Balance(problem, d, o) > 0))
            .ThenBy(m => d.ContainsKey(m) ? 0 : 1)
            .ThenBy(m => m)
            .FirstOrDefault(-1);
}
