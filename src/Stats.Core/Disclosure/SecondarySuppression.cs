namespace Stats.Core.Disclosure;

/// <summary>
/// Secondary suppression on a lattice whose primary cells are already marked. Two rules, repeated to a fixed point:
/// (1) no relation may hold exactly one suppressed cell (it would equal total minus published cells);
/// (2) no suppressed non-zero cell may be pinned to one value, and no primary cell may have a derivable upper bound
/// below k, by interval reasoning over all relations (<see cref="LatticeBounds"/>). Rule 2 catches what rule 1 misses,
/// e.g. two primaries 2 and 1 next to a published 50 under a published 53: each is then known to be at most 3.
/// </summary>
internal sealed class SecondarySuppression
{
    private readonly CubeLattice _lattice;
    private readonly bool[] _suppressed;
    private readonly int _k;
    private readonly int _n;
    private readonly int[] _count; // suppressed members per relation, indexed total * n + dimension

    public SecondarySuppression(CubeLattice lattice, bool[] suppressed, int k)
    {
        _lattice = lattice;
        _suppressed = suppressed;
        _k = k;
        _n = lattice.Dimensions.Length;
        _count = new int[suppressed.Length * _n];
        for (var slot = 0; slot < suppressed.Length; slot++)
        {
            if (suppressed[slot])
            {
                Count(slot);
            }
        }
    }

    public void Run()
    {
        while (true)
        {
            CloseLoneSuppressions();
            var exposed = FindExposed();
            if (exposed.Count == 0)
            {
                return;
            }

            // One extra suppression per exposed cell per round, skipping cells whose relations already got one this
            // round: a single addition often protects several neighbours, and the next round re-checks them all.
            var touched = new HashSet<int>();
            foreach (var slot in exposed)
            {
                if (Relations(slot).Any(touched.Contains))
                {
                    continue;
                }

                var chosen = NearestCandidate(slot);
                Suppress(chosen);
                touched.UnionWith(Relations(slot));
            }
        }
    }

    private void CloseLoneSuppressions()
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

            var best = -1;
            foreach (var member in Members(relation))
            {
                if (!_suppressed[member] && (best < 0 || Prefer(member, best)))
                {
                    best = member;
                }
            }

            // A relation has at least two members, so one suppressed member leaves a candidate.
            Suppress(best);
            foreach (var r in Relations(best))
            {
                if (_count[r] == 1)
                {
                    queue.Enqueue(r);
                }
            }
        }
    }

    private List<int> FindExposed()
    {
        var (lower, upper) = LatticeBounds.Propagate(_lattice, _suppressed);
        var exposed = new List<int>();
        for (var slot = 0; slot < _suppressed.Length; slot++)
        {
            var value = _lattice.Values[slot];
            if (_suppressed[slot] && value > 0 && (lower[slot] == upper[slot] || (value < _k && upper[slot] < _k)))
            {
                exposed.Add(slot);
            }
        }

        return exposed;
    }

    /// <summary>
    /// The preferred published cell in the relations around <paramref name="slot"/>, widening breadth-first through
    /// relations of suppressed cells when the nearest ones are fully suppressed. The lattice is connected, so this
    /// finds a cell unless everything is suppressed — and then nothing can be derived, so nothing is exposed.
    /// </summary>
    private int NearestCandidate(int slot)
    {
        var visited = new HashSet<int>(Relations(slot));
        var layer = visited.ToList();
        while (layer.Count > 0)
        {
            var best = -1;
            var next = new List<int>();
            foreach (var relation in layer)
            {
                foreach (var member in Members(relation))
                {
                    if (!_suppressed[member])
                    {
                        best = best < 0 || Prefer(member, best) ? member : best;
                    }
                    else
                    {
                        next.AddRange(Relations(member).Where(visited.Add));
                    }
                }
            }

            if (best >= 0)
            {
                return best;
            }

            layer = next;
        }

        throw new InvalidOperationException("Every cell is suppressed yet a cell is still exposed; the bounds are inconsistent.");
    }

    /// <summary>
    /// Ordering of candidates: the grand total last (it is the headline figure), then non-zero before zero (a
    /// suppressed zero only hides a value readers could often guess, and it cannot widen any bound), then the smallest
    /// value (least information lost), then coordinates ordinally so the result never depends on input order.
    /// </summary>
    private bool Prefer(int a, int b)
    {
        var grandA = a == _lattice.GrandTotal;
        if (grandA != (b == _lattice.GrandTotal))
        {
            return !grandA;
        }

        var va = _lattice.Values[a];
        var vb = _lattice.Values[b];
        if ((va == 0) != (vb == 0))
        {
            return va != 0;
        }

        return va != vb ? va < vb : _lattice.CompareCoordinates(a, b) < 0;
    }

    private void Suppress(int slot)
    {
        _suppressed[slot] = true;
        Count(slot);
    }

    private void Count(int slot)
    {
        foreach (var r in Relations(slot))
        {
            _count[r]++;
        }
    }

    private IEnumerable<int> Relations(int slot)
    {
        for (var d = 0; d < _n; d++)
        {
            yield return (_lattice.RelationTotal(slot, d) * _n) + d;
        }
    }

    private IEnumerable<int> Members(int relation)
    {
        var total = relation / _n;
        var d = relation % _n;
        var stride = _lattice.Stride[d];
        var children = _lattice.Radix[d] - 1;
        yield return total;
        for (var c = 0; c < children; c++)
        {
            yield return total - ((children - c) * stride);
        }
    }
}
