namespace Stats.Core.Disclosure;

/// <summary>
/// Which cells are suppressed, plus the two ways of adding one: closing relations that hold exactly one suppressed
/// cell (it would equal its total minus the published cells), and choosing the partner for an exposed cell.
/// Every choice is the cheapest published cell, ties to the lowest index, so the result is deterministic.
/// </summary>
internal sealed class SuppressionState
{
    private readonly CanonicalProblem _problem;
    private readonly int[] _count; // suppressed cells per relation
    private readonly int _k;

    public SuppressionState(CanonicalProblem problem, int k)
    {
        _problem = problem;
        _k = k;
        _count = new int[problem.RelationCount];
        Suppressed = new bool[problem.CellCount];
        Primary = new bool[problem.CellCount];
        for (var cell = 0; cell < problem.CellCount; cell++)
        {
            if (problem.Forced[cell] || (problem.Values[cell] > 0 && problem.Values[cell] < k))
            {
                Primary[cell] = true;
                Suppress(cell);
            }
        }
    }

    public bool[] Suppressed { get; }

    public bool[] Primary { get; }

    public void CloseLoneSuppressions()
    {
        var queue = new Queue<int>();
        for (var r = 0; r < _count.Length; r++)
        {
            if (_count[r] == 1)
            {
                queue.Enqueue(r);
            }
        }

        while (queue.Count > 0)
        {
            var relation = queue.Dequeue();
            if (_count[relation] != 1)
            {
                continue;
            }

            // A relation has at least three cells (total and two members), so a published one is left.
            var best = Cheapest(_problem.CellsOf(relation), -1);
            Suppress(best);
            foreach (var r in _problem.RelationsOfCell[best])
            {
                if (_count[r] == 1)
                {
                    queue.Enqueue(r);
                }
            }
        }
    }

    /// <summary>
    /// Protects each exposed cell by the cheapest protecting set around it (<see cref="ProtectingSet"/>), or failing
    /// that by the nearest cheapest published cell, skipping cells whose relations already got an addition this round:
    /// one addition often protects several neighbours, and the next check re-examines them. Returns false if nothing
    /// could be added because everything connected to an exposed cell is already suppressed.
    /// </summary>
    public bool Repair(IReadOnlyList<int> exposed)
    {
        var touched = new HashSet<int>();
        var added = false;
        foreach (var cell in exposed.Order())
        {
            if (_problem.RelationsOfCell[cell].Any(touched.Contains))
            {
                continue;
            }

            IReadOnlyList<int> chosen = ProtectingSet.Find(_problem, Suppressed, cell, _k) is { Count: > 0 } set ? set
                : NearestCandidate(cell) is >= 0 and var single ? [single]
                : [];
            foreach (var c in chosen)
            {
                Suppress(c);
                touched.UnionWith(_problem.RelationsOfCell[c]);
                added = true;
            }

            touched.UnionWith(_problem.RelationsOfCell[cell]);
        }

        return added;
    }

    /// <summary>
    /// The cheapest published cell in the relations of <paramref name="cell"/>, widening breadth-first through the
    /// relations of suppressed cells when those are fully suppressed; −1 when the whole connected part is suppressed.
    /// </summary>
    private int NearestCandidate(int cell)
    {
        var visited = new HashSet<int>(_problem.RelationsOfCell[cell]);
        var layer = visited.Order().ToList();
        while (layer.Count > 0)
        {
            var best = Cheapest(layer.SelectMany(_problem.CellsOf), -1);
            if (best >= 0)
            {
                return best;
            }

            layer = layer.SelectMany(_problem.CellsOf).SelectMany(c => _problem.RelationsOfCell[c]).Where(visited.Add).Order().ToList();
        }

        return -1;
    }

    private int Cheapest(IEnumerable<int> cells, int best)
    {
        foreach (var c in cells)
        {
            if (!Suppressed[c] && (best < 0 || Before(c, best)))
            {
                best = c;
            }
        }

        return best;
    }

    /// <summary>
    /// Non-zero cells before zeros, then by cost, then by index. A suppressed zero can never go down, so as a partner
    /// it gives a small cell no room (A + 0 = 3 still caps A at 3) and pins its neighbours; preferring zeros, as a
    /// value-based cost would, cascades into suppressing whole tables.
    /// </summary>
    private bool Before(int a, int b)
    {
        var (zeroA, zeroB) = (_problem.Values[a] == 0, _problem.Values[b] == 0);
        if (zeroA != zeroB)
        {
            return zeroB;
        }

        var (costA, costB) = (_problem.Costs[a], _problem.Costs[b]);
        return costA != costB ? costA < costB : a < b;
    }

    private void Suppress(int cell)
    {
        Suppressed[cell] = true;
        foreach (var r in _problem.RelationsOfCell[cell])
        {
            _count[r]++;
        }
    }
}
