namespace Stats.Core.Disclosure;

/// <summary>
/// A validated problem with relations in one canonical order (by total, then members, duplicates removed), so that
/// every later choice is independent of the order the caller listed relations or members in.
/// </summary>
internal sealed record CanonicalProblem(long[] Values, double[] Costs, bool[] Forced, int[] Totals, int[][] Members, int[][] RelationsOfCell)
{
    public int CellCount => Values.Length;

    public int RelationCount => Totals.Length;

    /// <summary>Total first, then members: every cell of relation <paramref name="r"/>.</summary>
    public IEnumerable<int> CellsOf(int r)
    {
        yield return Totals[r];
        foreach (var m in Members[r])
        {
            yield return m;
        }
    }
}
