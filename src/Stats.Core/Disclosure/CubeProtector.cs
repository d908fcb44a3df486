namespace Stats.Core.Disclosure;

/// <summary>
/// Threshold-rule protection of an indicator cube (every combination of category or <c>_T</c> per dimension).
/// <para>Input must be complete: a missing combination is an error, not an implied zero, because the protector cannot
/// publish a cell it was never given and a silent zero could hide a broken query. Zero-fill before protecting
/// (SQL <c>GROUP BY CUBE</c> omits empty combinations). Totals must equal the sum of their children along every
/// dimension.</para>
/// <para>Primary: 0 &lt; value &lt; k. Zeros are published: under the threshold rule used by UNODC and Eurostat a true
/// zero describes no person and is not disclosive.</para>
/// <para>Secondary: see <see cref="SecondarySuppression"/>. Guarantees on the result: no published cell in 1 … k−1; no
/// relation (a total and its children along one dimension) with exactly one suppressed cell; by interval reasoning no
/// suppressed non-zero cell pinned to one value and no primary cell with a derivable upper bound below k. Interval
/// reasoning is weaker than exact linear programming: a cell recoverable only by adding or subtracting several
/// relations at once (e.g. a suppressed cell that is a "bridge" between two groups of suppressed cells in a 2-D table)
/// is not detected. Measured once by Gaussian elimination over the 3,000 random tables of the property test: 171
/// primary cells (15 in 2-D tables, 156 in 3-D, none in 1-D) stayed exactly recoverable that way. Closing this needs
/// an exact (rank or LP) check in the repair loop and in the audit; until then this class must not protect a
/// published channel on its own.</para>
/// </summary>
public static class CubeProtector
{
    /// <summary>Returns the cells in input order with values withheld where protection requires.</summary>
    public static IReadOnlyList<ProtectedCell> Protect(IReadOnlyList<string> dimensions, IReadOnlyList<CubeCell> cells, DisclosureRule rule)
    {
        ArgumentNullException.ThrowIfNull(rule);
        var lattice = CubeLattice.Build(dimensions, cells);
        var primary = new bool[lattice.Values.Length];
        var suppressed = new bool[lattice.Values.Length];
        for (var slot = 0; slot < primary.Length; slot++)
        {
            var value = lattice.Values[slot];
            primary[slot] = suppressed[slot] = value > 0 && value < rule.K;
        }

        new SecondarySuppression(lattice, suppressed, rule.K).Run();

        var result = new ProtectedCell[cells.Count];
        for (var i = 0; i < cells.Count; i++)
        {
            var slot = lattice.SlotOfInput[i];
            var status = primary[slot] ? ConfidentialityStatus.Primary
                : suppressed[slot] ? ConfidentialityStatus.Secondary
                : ConfidentialityStatus.Free;
            result[i] = new ProtectedCell(cells[i].Coordinates, status == ConfidentialityStatus.Free ? cells[i].Value : null, status);
        }

        return result;
    }
}
