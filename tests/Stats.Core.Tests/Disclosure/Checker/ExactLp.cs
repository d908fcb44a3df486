namespace Stats.Core.Tests.Disclosure.Checker;

/// <summary>
/// Exact LP over rationals for the test checker: max cᵀx subject to A x = b, x ≥ 0. Textbook two-phase tableau
/// simplex with Bland's rule throughout (slow, but it cannot cycle and there is no rounding to doubt). Deliberately
/// written apart from the engine's solver: it shares no code and no tricks with it.
/// </summary>
internal sealed class ExactLp
{
    private readonly List<Fraction[]> _rows;
    private readonly List<int> _basis;
    private readonly int _n;

    private ExactLp(List<Fraction[]> rows, List<int> basis, int n) => (_rows, _basis, _n) = (rows, basis, n);

    /// <summary>Phase 1; null when A x = b, x ≥ 0 has no solution.</summary>
    public static ExactLp? Create(IReadOnlyList<Fraction[]> a, IReadOnlyList<Fraction> b, int n)
    {
        var m = a.Count;
        var width = n + m + 1;
        var rows = new List<Fraction[]>();
        var basis = new List<int>();
        for (var i = 0; i < m; i++)
        {
            var negate = b[i].Sign < 0;
            var row = new Fraction[width];
            for (var j = 0; j < n; j++)
            {
                row[j] = negate ? -a[i][j] : a[i][j];
            }

            row[n + i] = Fraction.One;
            row[width - 1] = negate ? -b[i] : b[i];
            rows.Add(row);
            basis.Add(n + i);
        }

        // Phase 1 maximises −Σ artificials: reduced cost of a structural column is −(its column sum).
        var z = new Fraction[width];
        foreach (var row in rows)
        {
            for (var j = 0; j < n; j++)
            {
                z[j] -= row[j];
            }

            z[width - 1] -= row[width - 1];
        }

        if (!Optimise(rows, basis, z) || !z[width - 1].IsZero)
        {
            return null;
        }

        for (var i = rows.Count - 1; i >= 0; i--)
        {
            if (basis[i] < n)
            {
                continue;
            }

            var column = Enumerable.Range(0, n).FirstOrDefault(j => !rows[i][j].IsZero, -1);
            if (column >= 0)
            {
                Pivot(rows, basis, z, i, column);
            }
            else
            {
                rows.RemoveAt(i);
                basis.RemoveAt(i);
            }
        }

        var trimmed = rows.Select(r => r.Take(n).Append(r[width - 1]).ToArray()).ToList();
        return new ExactLp(trimmed, basis, n);
    }

    /// <summary>The maximum of cᵀx, or null when unbounded. Starts from the basis the previous call ended in.</summary>
    public Fraction? Maximize(Fraction[] c)
    {
        var z = new Fraction[_n + 1];
        for (var j = 0; j < _n; j++)
        {
            z[j] = -c[j];
        }

        for (var i = 0; i < _rows.Count; i++)
        {
            var weight = c[_basis[i]];
            if (!weight.IsZero)
            {
                for (var j = 0; j <= _n; j++)
                {
                    z[j] += weight * _rows[i][j];
                }
            }
        }

        return Optimise(_rows, _basis, z) ? z[_n] : null;
    }

    /// <summary>Bland's rule to optimality; false when unbounded.</summary>
    private static bool Optimise(List<Fraction[]> rows, List<int> basis, Fraction[] z)
    {
        var rhs = z.Length - 1;
        while (true)
        {
            var enter = Array.FindIndex(z, 0, rhs, v => v.Sign < 0);
            if (enter < 0)
            {
                return true;
            }

            var leave = -1;
            var best = Fraction.Zero;
            for (var i = 0; i < rows.Count; i++)
            {
                if (rows[i][enter].Sign <= 0)
                {
                    continue;
                }

                var ratio = rows[i][rhs] / rows[i][enter];
                if (leave < 0 || ratio < best || (ratio == best && basis[i] < basis[leave]))
                {
                    (leave, best) = (i, ratio);
                }
            }

            if (leave < 0)
            {
                return false;
            }

            Pivot(rows, basis, z, leave, enter);
        }
    }

    private static void Pivot(List<Fraction[]> rows, List<int> basis, Fraction[] z, int r, int c)
    {
        var pivotRow = rows[r];
        var p = pivotRow[c];
        for (var j = 0; j < pivotRow.Length; j++)
        {
            pivotRow[j] /= p;
        }

        foreach (var row in rows.Where(row => row != pivotRow).Append(z))
        {
            var f = row[c];
            if (f.IsZero)
            {
                continue;
            }

            for (var j = 0; j < row.Length; j++)
            {
                if (!pivotRow[j].IsZero)
                {
                    row[j] -= f * pivotRow[j];
                }
            }
        }

        basis[r] = c;
    }
}
