namespace Stats.Core.Estimation;

/// <summary>
/// The design of a log-linear model over the cells of a 2^k table: an intercept, one main effect per list and one column
/// per interaction term, all 0/1. Rows are the observed cells (masks 1 … 2^k − 1) and, for the profile likelihood, the
/// all-zero cell, whose only non-zero entry is the intercept — so exp(intercept) is the fitted unobserved cell.
/// </summary>
internal sealed class DesignMatrix
{
    private DesignMatrix(int[] cells, double[][] rows, int columns)
    {
        Cells = cells;
        Rows = rows;
        Columns = columns;
    }

    /// <summary>The cell (combination mask) of each row.</summary>
    public int[] Cells { get; }

    public double[][] Rows { get; }

    public int Columns { get; }

    public static int ParameterCount(int lists, int terms) => 1 + lists + terms;

    /// <summary>XᵀWX for the diagonal weights W (all 1 when none are given): p × p and symmetric; the 0/1 design's zeros are skipped.</summary>
    public double[,] CrossProduct(double[]? weights = null)
    {
        var product = new double[Columns, Columns];
        for (var i = 0; i < Rows.Length; i++)
        {
            var row = Rows[i];
            var w = weights?[i] ?? 1;
            for (var a = 0; a < Columns; a++)
            {
                if (row[a] == 0)
                {
                    continue;
                }

                var wa = w * row[a];
                for (var b = 0; b <= a; b++)
                {
                    product[a, b] += wa * row[b];
                }
            }
        }

        for (var a = 0; a < Columns; a++)
        {
            for (var b = a + 1; b < Columns; b++)
            {
                product[a, b] = product[b, a];
            }
        }

        return product;
    }

    public static DesignMatrix Build(int lists, IReadOnlyList<Interaction> terms, bool withUnobservedCell)
    {
        var first = withUnobservedCell ? 0 : 1;
        var cells = Enumerable.Range(first, (1 << lists) - first).ToArray();
        var columns = ParameterCount(lists, terms.Count);
        var rows = new double[cells.Length][];
        for (var r = 0; r < cells.Length; r++)
        {
            var row = new double[columns];
            row[0] = 1;
            for (var i = 0; i < lists; i++)
            {
                row[1 + i] = (cells[r] & (1 << i)) != 0 ? 1 : 0;
            }

            for (var t = 0; t < terms.Count; t++)
            {
                row[1 + lists + t] = terms[t].InCell(cells[r]) ? 1 : 0;
            }

            rows[r] = row;
        }

        return new DesignMatrix(cells, rows, columns);
    }
}
