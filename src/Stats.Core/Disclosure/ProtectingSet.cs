using Stats.Core.Disclosure.Lp;

namespace Stats.Core.Disclosure;

/// <summary>
/// Repair by linear programming (the classic cell-suppression heuristic): for an exposed cell, the cheapest
/// direction y (every relation kept, A y = 0; no cell below zero, y ≥ −value) that moves the cell by what it needs
/// — up to k for a small cell, by at least one for a pinned one. Suppressing the published cells on y's support makes
/// true values + y a feasible solution, which certifies the cell and moves every cell added with it, so a repair is
/// one consistent cycle/box of cells instead of a chain of single cells that each need repairing in turn.
/// Solved over a neighbourhood of the cell (outside y = 0), so it stays small.
/// </summary>
internal static class ProtectingSet
{
    private const int MaxCells = 150;
    private const double SuppressedCost = 1e-3;

    /// <summary>Published cells to suppress, or null when no direction exists inside the neighbourhood.</summary>
    public static IReadOnlyList<int>? Find(CanonicalProblem problem, bool[] suppressed, int cell, int k)
    {
        var cells = Neighbourhood(problem, cell);
        var index = cells.Select((c, i) => (c, i)).ToDictionary(p => p.c, p => p.i);

        // Columns: up_i (0 … n−1), down_i (n … 2n−1), slack of down_i ≤ value_i (2n … 3n−1), surplus of the target (3n).
        var n = cells.Count;
        var rows = new List<(int[], double[], double)>();
        foreach (var r in new SortedSet<int>(cells.SelectMany(c => problem.RelationsOfCell[c])))
        {
            var columns = new List<int>();
            var coefficients = new List<double>();
            foreach (var c in problem.CellsOf(r).Where(index.ContainsKey))
            {
                var sign = c == problem.Totals[r] ? 1.0 : -1.0;
                columns.AddRange([index[c], n + index[c]]);
                coefficients.AddRange([sign, -sign]);
            }

            rows.Add((columns.ToArray(), coefficients.ToArray(), 0));
        }

        for (var i = 0; i < n; i++)
        {
            rows.Add(([n + i, (2 * n) + i], [1, 1], problem.Values[cells[i]]));
        }

        var need = Math.Max(k - problem.Values[cell], 1);
        rows.Add(([index[cell], n + index[cell], 3 * n], [1, -1, -1], need));

        var simplex = new DenseSimplex((3 * n) + 1, rows);
        if (!simplex.FindFeasibleBasis())
        {
            return null;
        }

        var objective = new double[(3 * n) + 1];
        for (var i = 0; i < n; i++)
        {
            var cost = suppressed[cells[i]] ? SuppressedCost : problem.Costs[cells[i]] + SuppressedCost;
            objective[i] = objective[n + i] = -cost;
        }

        var outcome = simplex.Maximize(objective);
        if (outcome is not { Bounded: true })
        {
            return null;
        }

        return Enumerable.Range(0, n)
            .Where(i => !suppressed[cells[i]] && outcome.Point[i] + outcome.Point[n + i] > 1e-6)
            .Select(i => cells[i])
            .ToList();
    }

    /// <summary>
    /// Breadth-first over relations from the cell, every cell (published or not), each cell followed by every total
    /// above it: any move of a cell must be mirrored in its totals (or compensated beside it), so a neighbourhood
    /// without them has no direction at all. Cut at the size limit.
    /// </summary>
    private static List<int> Neighbourhood(CanonicalProblem problem, int cell)
    {
        var inside = new HashSet<int>();
        var order = new List<int>();
        void Add(int c)
        {
            if (order.Count >= MaxCells || !inside.Add(c))
            {
                return;
            }

            order.Add(c);
            foreach (var r in problem.RelationsOfCell[c])
            {
                if (problem.Totals[r] != c)
                {
                    Add(problem.Totals[r]);
                }
            }
        }

        Add(cell);
        for (var at = 0; at < order.Count && order.Count < MaxCells; at++)
        {
            foreach (var r in problem.RelationsOfCell[order[at]])
            {
                foreach (var c in problem.CellsOf(r))
                {
                    Add(c);
                }
            }
        }

        return order;
    }
}
