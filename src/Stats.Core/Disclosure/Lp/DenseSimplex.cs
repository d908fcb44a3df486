namespace Stats.Core.Disclosure.Lp;

/// <summary>
/// Dense primal simplex for max cᵀx subject to A x = b, x ≥ 0, in double. Built for the disclosure check: one
/// feasibility phase, then many objectives re-optimised from the previous optimal basis (a warm start usually needs a
/// handful of pivots), which is what makes one LP per suppressed cell affordable. Row operations touch only the
/// non-zeros of the pivot row and column: relation matrices are very sparse and stay fairly sparse.
/// Pivoting: Dantzig's largest reduced cost, switching to Bland's rule during long degenerate runs so it cannot cycle
/// (zeros make these problems highly degenerate).
/// </summary>
internal sealed class DenseSimplex
{
    // The matrices hold 0 and ±1, so true entries are simple fractions; anything this small is rounding residue, and
    // pivoting on residue is what makes a double simplex blow up. Callers verify every solution they rely on.
    private const double Noise = 1e-10;
    private const double PivotTolerance = 1e-7;
    private const double CostTolerance = 1e-9;
    private const int DegenerateRunBeforeBland = 30;
    private const int GaveUp = -2;

    private readonly int _n;
    private readonly List<double[]> _rows = []; // _n coefficients, then the right-hand side
    private readonly List<int> _basis = [];     // basic column of each row; -1 while a phase-1 artificial is basic
    private double[] _objective;                // reduced costs, then the objective value

    public DenseSimplex(int variables, IEnumerable<(int[] Columns, double[] Coefficients, double Rhs)> rows)
    {
        ArgumentNullException.ThrowIfNull(rows);
        _n = variables;
        _objective = new double[_n + 1];
        foreach (var (columns, coefficients, rhs) in rows)
        {
            // Phase 1 starts from artificials equal to the right-hand side, so it must be non-negative.
            var sign = rhs < 0 ? -1.0 : 1.0;
            var row = new double[_n + 1];
            for (var i = 0; i < columns.Length; i++)
            {
                row[columns[i]] += sign * coefficients[i];
            }

            row[_n] = sign * rhs;
            _rows.Add(row);
            _basis.Add(-1);
        }
    }

    /// <summary>
    /// Phase 1. Afterwards every row has a real basic variable; redundant rows are dropped. False when no feasible
    /// basis was found (only through rounding: callers pass systems their true values satisfy).
    /// </summary>
    public bool FindFeasibleBasis()
    {
        // Maximise −Σ artificials; its reduced cost for column j is −Σ_i a_ij.
        _objective = new double[_n + 1];
        foreach (var row in _rows)
        {
            for (var j = 0; j <= _n; j++)
            {
                _objective[j] -= row[j];
            }
        }

        if (Iterate() != -1 || _objective[_n] < -1e-6)
        {
            return false;
        }

        for (var i = _rows.Count - 1; i >= 0; i--)
        {
            if (_basis[i] >= 0)
            {
                continue;
            }

            // An artificial still basic sits at zero: swap in any structural column of the row, or the row repeats others.
            var row = _rows[i];
            row[_n] = 0;
            var column = -1;
            for (var j = 0; j < _n; j++)
            {
                if (Math.Abs(row[j]) > PivotTolerance && (column < 0 || Math.Abs(row[j]) > Math.Abs(row[column])))
                {
                    column = j;
                }
            }

            if (column >= 0)
            {
                Pivot(i, column);
            }
            else
            {
                _rows.RemoveAt(i);
                _basis.RemoveAt(i);
            }
        }

        return true;
    }

    /// <summary>Maximises cᵀx from the current (feasible) basis; null if the solver gave up.</summary>
    public LpOutcome? Maximize(double[] c)
    {
        ArgumentNullException.ThrowIfNull(c);
        _objective = new double[_n + 1];
        for (var j = 0; j < _n; j++)
        {
            _objective[j] = -c[j];
        }

        for (var i = 0; i < _rows.Count; i++)
        {
            var weight = c[_basis[i]];
            if (weight != 0)
            {
                var row = _rows[i];
                for (var j = 0; j <= _n; j++)
                {
                    _objective[j] += weight * row[j];
                }
            }
        }

        var unbounded = Iterate();
        if (unbounded == GaveUp)
        {
            return null;
        }

        var point = new double[_n];
        for (var i = 0; i < _rows.Count; i++)
        {
            point[_basis[i]] = _rows[i][_n];
        }

        if (unbounded < 0)
        {
            return new LpOutcome(point, null);
        }

        var ray = new double[_n];
        ray[unbounded] = 1;
        for (var i = 0; i < _rows.Count; i++)
        {
            ray[_basis[i]] = -_rows[i][unbounded];
        }

        return new LpOutcome(point, ray);
    }

    /// <summary>
    /// Pivots to optimality; returns −1, or the entering column along which the objective is unbounded, or
    /// <see cref="GaveUp"/> past the iteration limit (rounding trouble; callers then simply lack a certificate).
    /// </summary>
    private int Iterate()
    {
        var degenerateRun = 0;
        var limit = (50 * (_rows.Count + _n)) + 1000;
        for (var iteration = 0; iteration < limit; iteration++)
        {
            var bland = degenerateRun >= DegenerateRunBeforeBland;
            var enter = Entering(bland);
            if (enter < 0)
            {
                return -1;
            }

            var leave = Leaving(enter, bland);
            if (leave < 0)
            {
                return enter;
            }

            var rhs = _rows[leave][_n];
            degenerateRun = rhs <= PivotTolerance ? degenerateRun + 1 : 0;
            Pivot(leave, enter);
        }

        return GaveUp;
    }

    private int Entering(bool bland)
    {
        var enter = -1;
        var best = -CostTolerance;
        for (var j = 0; j < _n; j++)
        {
            var z = _objective[j];
            if (z < best || (bland && z < -CostTolerance))
            {
                enter = j;
                if (bland)
                {
                    break;
                }

                best = z;
            }
        }

        return enter;
    }

    private int Leaving(int enter, bool bland)
    {
        var leave = -1;
        var ratio = double.PositiveInfinity;
        for (var i = 0; i < _rows.Count; i++)
        {
            var a = _rows[i][enter];
            if (a <= PivotTolerance)
            {
                continue;
            }

            var r = Math.Max(_rows[i][_n], 0) / a;
            var tie = leave >= 0 && Math.Abs(r - ratio) <= 1e-12;
            if (leave < 0 || (!tie && r < ratio) || (tie && PreferLeaving(i, leave, enter, bland)))
            {
                leave = i;
                ratio = Math.Min(r, ratio);
            }
        }

        return leave;
    }

    // Ties: artificials leave first (phase 1 ends sooner); under Bland the smallest basic column; else the larger pivot.
    private bool PreferLeaving(int candidate, int current, int enter, bool bland)
    {
        var (bc, bk) = (_basis[candidate], _basis[current]);
        if ((bc < 0) != (bk < 0))
        {
            return bc < 0;
        }

        return bland ? bc < bk : _rows[candidate][enter] > _rows[current][enter];
    }

    private void Pivot(int r, int c)
    {
        var pivotRow = _rows[r];
        var p = pivotRow[c];
        var nonZero = new List<int>();
        for (var j = 0; j <= _n; j++)
        {
            if (pivotRow[j] != 0)
            {
                pivotRow[j] /= p;
                nonZero.Add(j);
            }
        }

        pivotRow[c] = 1;
        for (var i = 0; i < _rows.Count; i++)
        {
            if (i != r)
            {
                Eliminate(_rows[i], pivotRow, nonZero, c);
            }
        }

        Eliminate(_objective, pivotRow, nonZero, c);
        _basis[r] = c;
    }

    private void Eliminate(double[] row, double[] pivotRow, List<int> nonZero, int c)
    {
        var f = row[c];
        if (f == 0)
        {
            return;
        }

        foreach (var j in nonZero)
        {
            var v = row[j] - (f * pivotRow[j]);
            row[j] = Math.Abs(v) < Noise ? 0 : v;
        }

        row[c] = 0;

        // Rounding can push a right-hand side a hair below zero; the basis is still feasible.
        if (!ReferenceEquals(row, _objective) && row[_n] < 0 && row[_n] > -1e-9)
        {
            row[_n] = 0;
        }
    }
}
