namespace Stats.Core.Tests.Disclosure;

/// <summary>
/// Codes of one dimension and how they add up: a flat breakdown (categories + <c>_T</c>) or the calendar
/// (12 months → 4 quarters → year, and months → year directly, as the cube builder states both).
/// </summary>
internal sealed record Hierarchy(int Codes, int Top, IReadOnlyList<(int Total, int[] Members)> Sums)
{
    public static Hierarchy Flat(int categories) =>
        new(categories + 1, categories, [(categories, Enumerable.Range(0, categories).ToArray())]);

    /// <summary>Codes 0–11 months, 12–15 quarters, 16 the year.</summary>
    public static Hierarchy Calendar() => new(
        17,
        16,
        [
            .. Enumerable.Range(0, 4).Select(q => (12 + q, new[] { 3 * q, (3 * q) + 1, (3 * q) + 2 })),
            (16, [12, 13, 14, 15]),
            (16, Enumerable.Range(0, 12).ToArray()),
        ]);

    public bool IsLeaf(int code) => Sums.All(s => s.Total != code);

    /// <summary>The code itself and every code that adds it up, directly or through others.</summary>
    public IReadOnlyList<int> WithAncestors(int code) =>
        Sums.Where(s => s.Members.Contains(code)).SelectMany(s => WithAncestors(s.Total)).Prepend(code).Distinct().ToArray();
}
