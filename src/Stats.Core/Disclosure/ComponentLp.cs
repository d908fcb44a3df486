using Stats.Core.Disclosure.Lp;

namespace Stats.Core.Disclosure;

/// <summary>
/// The LP over a set of suppressed cells: one variable per cell (x ≥ 0), one row per relation holding any of them,
/// every other cell (published, or suppressed but outside the set) a constant at its true value. Fixing outside cells
/// only shrinks the feasible set, so a solution found here, completed with the true values, is a feasible solution of
/// the whole problem: a certificate that holds however the set was chosen.
/// </summary>
internal sealed class ComponentLp
{
    private const double Residual = 1e-6;

    private readonly Dictionary<int, int> _column;
    private readonly List<(int[] Columns, double[] Coefficients, double Rhs)> _rows = [];

    public ComponentLp(CanonicalProblem problem, IReadOnlyList<int> cells)
    {
        Cells = cells;
        _column = cells.Select((c, i) => (c, i)).ToDictionary(p => p.c, p => p.i);
        foreach (var r in new SortedSet<int>(cells.SelectMany(c => problem.RelationsOfCell[c])))
        {
            var columns = new List<int>();
            var coefficients = new List<double>();
            double rhs = 0;
            foreach (var cell in problem.CellsOf(r))
            {
                // value[total] − Σ value[members] = 0
                var sign = cell == problem.Totals[r] ? 1.0 : -1.0;
                if (_column.TryGetValue(cell, out var column))
                {
                    columns.Add(column);
                    coefficients.Add(sign);
                }
                else
                {
                    rhs -= sign * problem.Values[cell];
                }
            }

            _rows.Add((columns.ToArray(), coefficients.ToArray(), rhs));
        }
    }

    public IReadOnlyList<int> Cells { get; }

    /// <summary>A simplex at a feasible basis, or null if rounding defeated phase 1 (then this set certifies nothing).</summary>
    public DenseSimplex? Start()
    {
        var simplex = new DenseSimplex(Cells.Count, _rows);
        return simplex.FindFeasibleBasis() ? simplex : null;
    }

    public double[] Objective(IEnumerable<int> objectiveCells, double weight)
    {
        var c = new double[Cells.Count];
        foreach (var cell in objectiveCells)
        {
            c[_column[cell]] = weight;
        }

        return c;
    }

    /// <summary>
    /// Checks an outcome against the rows before it is trusted: the point must satisfy every relation and be
    /// non-negative, a ray must keep every relation and not decrease below zero. Rounding may cost a certificate but
    /// can never forge one.
    /// </summary>
    public bool Verify(LpOutcome outcome)
    {
        if (outcome.Point.Any(x => x < -Residual) || (outcome.Ray is { } ray && ray.Any(x => x < -Residual)))
        {
            return false;
        }

        foreach (var (columns, coefficients, rhs) in _rows)
        {
            double atPoint = 0, alongRay = 0;
            for (var i = 0; i < columns.Length; i++)
            {
                atPoint += coefficients[i] * outcome.Point[columns[i]];
                alongRay += coefficients[i] * (outcome.Ray?[columns[i]] ?? 0);
            }

            if (Math.Abs(atPoint - rhs) > Residual || Math.Abs(alongRay) > Residual)
            {
                return false;
            }
        }

        return true;
    }
}
