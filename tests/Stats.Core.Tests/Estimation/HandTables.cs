using Stats.Core.Estimation;

namespace Stats.Core.Tests.Estimation;

/// <summary>Small overlap tables written by hand: counts by combination, lists named A, B, C, … (bit i = list i).</summary>
internal static class HandTables
{
    /// <summary>A table over the first <paramref name="lists"/> letters; combinations written "A", "A+B", …</summary>
    public static OverlapTable Of(int lists, params (string Combination, long Persons)[] cells)
    {
        var names = Enumerable.Range(0, lists).Select(i => ((char)('A' + i)).ToString()).ToArray();
        return OverlapTable.FromCombinations(cells.Select(c => ((IReadOnlyList<string>)c.Combination.Split('+'), c.Persons)), names);
    }

    /// <summary>Two lists: only A, only B, both.</summary>
    public static OverlapTable Two(long a, long b, long ab) => Of(2, ("A", a), ("B", b), ("A+B", ab));

    /// <summary>Three lists, cells z100, z010, z001, z110, z101, z011, z111 (A first).</summary>
    public static OverlapTable Three(long a, long b, long c, long ab, long ac, long bc, long abc) =>
        Of(3, ("A", a), ("B", b), ("C", c), ("A+B", ab), ("A+C", ac), ("B+C", bc), ("A+B+C", abc));
}
