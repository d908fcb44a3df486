using MathNet.Numerics.LinearAlgebra;

namespace Stats.Core.Estimation;

/// <summary>
/// Whether the columns of a design are linearly independent over its rows, from the eigenvalues of XᵀX (p × p, p at most
/// 1 + 15 + 105) rather than an SVD of X itself: MathNet's SVD of the 2^k × p design allocates a 2^k × 2^k matrix even
/// without singular vectors (8 MB per fit at 10 lists, most of the time of model selection).
/// </summary>
internal static class DesignRank
{
    /// <summary>
    /// Eigenvalues of XᵀX are the squared singular values of X. A 0/1 design with an intercept and main effects is well
    /// conditioned when it has full rank (the smallest eigenvalue is of the order of the cells per parameter), so a
    /// ratio below 10⁻⁹ to the largest is an exact dependence seen through rounding (≈ 10⁻¹⁵ in practice).
    /// </summary>
    private const double RelativeTolerance = 1e-9;

    public static bool IsFullColumnRank(DesignMatrix design)
    {
        var p = design.Columns;
        if (design.Rows.Length < p)
        {
            return false;
        }

        var gram = design.CrossProduct();
        var eigenvalues = Matrix<double>.Build.DenseOfArray(gram).Evd(Symmetricity.Symmetric).EigenValues.Select(e => e.Real).ToArray();
        return eigenvalues.Min() > RelativeTolerance * eigenvalues.Max();
    }
}
