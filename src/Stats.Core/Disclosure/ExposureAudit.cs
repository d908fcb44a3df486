namespace Stats.Core.Disclosure;

/// <summary>
/// Exact check of a suppression pattern: finds suppressed cells whose LP upper bound is below k, and suppressed
/// non-zero cells pinned to one value (LP minimum = maximum), given every relation and every published value.
/// <para>A cell is certified by a feasible solution showing it at k or more (upper bound), or away from its true value
/// (not pinned); the true values are one such solution and every LP optimum is another. Suppressing more cells only
/// widens the feasible set, so certificates survive repairs and later rounds examine only cells still in doubt.</para>
/// <para>Suppressed cells split into components (linked through relations holding two of them); outside its component
/// everything is a constant. A component of up to <see cref="MaxLpCells"/> cells is solved whole, so a cell it cannot
/// certify is truly exposed. In a larger component a doubtful cell is examined in a neighbourhood growing one relation
/// at a time up to that size, the rest of the component fixed at its true values: still exact for every certificate
/// (a neighbourhood's feasible solutions are feasible for the whole), and at worst a cell protected only through a
/// long chain is reported exposed and gets one more suppression than strictly needed. This keeps every LP small, which
/// keeps it fast and keeps double rounding far below the tolerance.</para>
/// </summary>
internal sealed class ExposureAudit(CanonicalProblem problem, int k)
{
    private const int MaxLpCells = 300;
    private const double Tolerance = 1e-6;

    private readonly bool[] _upperOk = problem.Values.Select(v => v >= k).ToArray();
    private readonly bool[] _freeOk = problem.Values.Select(v => v == 0).ToArray();

    public List<int> FindExposed(bool[] suppressed)
    {
        var exposed = new List<int>();
        foreach (var component in Components(suppressed))
        {
            // Every relation around the component wholly suppressed: scaling all its true values by 1 + t stays
            // feasible, so every non-zero cell of it is unbounded and not pinned.
            if (component.All(c => problem.RelationsOfCell[c].All(r => problem.CellsOf(r).All(x => suppressed[x]))))
            {
                foreach (var c in component.Where(c => problem.Values[c] > 0))
                {
                    _upperOk[c] = _freeOk[c] = true;
                }
            }

            foreach (var cell in component.Where(Doubtful).ToList())
            {
                if (Doubtful(cell) && GrowthDirection.TryFind(problem, suppressed, cell) is { } support)
                {
                    foreach (var c in support)
                    {
                        _upperOk[c] = _freeOk[c] = true;
                    }
                }
            }

            foreach (var cell in component.Where(Doubtful).ToList())
            {
                if (Doubtful(cell) && GrowthDirection.TryFind(problem, suppressed, cell) is { } support)
                {
                    foreach (var c in support)
                    {
                        _upperOk[c] = _freeOk[c] = true;
                    }
                }
            }

            if (component.Count <= MaxLpCells)
            {
                if (component.Any(Doubtful))
                {
                    exposed.AddRange(AuditWhole(component));
                }

                continue;
            }

            foreach (var cell in component)
            {
                if (Doubtful(cell) && !AuditAround(cell, suppressed))
                {
                    exposed.Add(cell);
                }
            }
        }

        exposed.Sort();
        return exposed;
    }

    private bool Doubtful(int cell) => !_upperOk[cell] || !_freeOk[cell];

    private List<int> AuditWhole(List<int> cells)
    {
        var lp = new ComponentLp(problem, cells);
        var simplex = lp.Start();
        if (simplex is not null)
        {
            // One LP pushing every doubtful cell up (then, for pinning, down) certifies most of them at once.
            Solve(lp, simplex, cells.Where(c => !_upperOk[c]), 1);
            Solve(lp, simplex, cells.Where(c => !_freeOk[c]), 1);
            Solve(lp, simplex, cells.Where(c => !_freeOk[c]), -1);
            foreach (var cell in cells.Where(Doubtful))
            {
                Examine(lp, simplex, cell);
            }
        }

        return cells.Where(Doubtful).ToList();
    }

    /// <summary>True once the cell is certified; false if even its largest neighbourhood cannot certify it.</summary>
    private bool AuditAround(int cell, bool[] suppressed)
    {
        var inside = new HashSet<int> { cell };
        var order = new List<int> { cell };
        var frontier = new List<int> { cell };
        while (order.Count < MaxLpCells)
        {
            // Siblings first (cells sharing a relation), then every suppressed total above what is inside: a move of
            // a detailed cell must be mirrored in each aggregate above it, so without them nothing can move.
            var layer = frontier.SelectMany(c => problem.RelationsOfCell[c]).Distinct().Order()
                .SelectMany(problem.CellsOf).Where(c => suppressed[c] && inside.Add(c)).ToList();
            for (var i = 0; i < layer.Count; i++)
            {
                foreach (var r in problem.RelationsOfCell[layer[i]])
                {
                    var total = problem.Totals[r];
                    if (total != layer[i] && suppressed[total] && inside.Add(total))
                    {
                        layer.Add(total);
                    }
                }
            }

            if (layer.Count == 0)
            {
                break;
            }

            order.AddRange(layer.Take(MaxLpCells - order.Count));
            frontier = layer;
            var lp = new ComponentLp(problem, order);
            var simplex = lp.Start();
            if (simplex is not null)
            {
                Solve(lp, simplex, order.Where(c => !_upperOk[c]), 1);
                Solve(lp, simplex, order.Where(c => !_freeOk[c]), 1);
                Solve(lp, simplex, order.Where(c => !_freeOk[c]), -1);
                Examine(lp, simplex, cell);
            }

            if (!Doubtful(cell))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Maximum, then if still needed minimum, of one cell; every optimum found certifies what it can.</summary>
    private void Examine(ComponentLp lp, Lp.DenseSimplex simplex, int cell)
    {
        if (Doubtful(cell))
        {
            Solve(lp, simplex, [cell], 1);
        }

        if (!_freeOk[cell])
        {
            Solve(lp, simplex, [cell], -1);
        }
    }

    private void Solve(ComponentLp lp, Lp.DenseSimplex simplex, IEnumerable<int> cells, double weight)
    {
        var objective = lp.Objective(cells, weight);
        if (!objective.Any(c => c != 0))
        {
            return;
        }

        var outcome = simplex.Maximize(objective);
        if (outcome is null || !lp.Verify(outcome))
        {
            return;
        }

        for (var i = 0; i < lp.Cells.Count; i++)
        {
            var cell = lp.Cells[i];
            var x = outcome.Point[i];
            var ray = outcome.Ray?[i] ?? 0;
            _upperOk[cell] |= x >= k - Tolerance || ray > Tolerance;
            _freeOk[cell] |= Math.Abs(x - problem.Values[cell]) > Tolerance || ray > Tolerance;
        }
    }

    /// <summary>Connected components of suppressed cells, each sorted, in order of their smallest cell.</summary>
    private List<List<int>> Components(bool[] suppressed)
    {
        var parent = Enumerable.Range(0, problem.CellCount).ToArray();
        int Find(int x)
        {
            while (parent[x] != x)
            {
                x = parent[x] = parent[parent[x]];
            }

            return x;
        }

        for (var r = 0; r < problem.RelationCount; r++)
        {
            var first = -1;
            foreach (var c in problem.CellsOf(r).Where(c => suppressed[c]))
            {
                if (first < 0)
                {
                    first = c;
                }
                else
                {
                    var (a, b) = (Find(first), Find(c));
                    parent[Math.Max(a, b)] = Math.Min(a, b);
                }
            }
        }

        var groups = new SortedDictionary<int, List<int>>();
        for (var c = 0; c < problem.CellCount; c++)
        {
            if (suppressed[c])
            {
                var root = Find(c);
                if (!groups.TryGetValue(root, out var list))
                {
                    groups[root] = list = [];
                }

                list.Add(c);
            }
        }

        return groups.Values.ToList();
    }
}
