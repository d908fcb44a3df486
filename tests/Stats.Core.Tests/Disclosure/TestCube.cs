using Stats.Core.Disclosure;

namespace Stats.Core.Tests.Disclosure;

/// <summary>Builds complete cubes for tests: totals are summed here from the leaf cells, not by the code under test.</summary>
internal static class TestCube
{
    public const string T = "_T";

    /// <summary>All (category or _T) combinations; each value is the sum of the leaves it covers.</summary>
    public static List<CubeCell> FromLeaves(string[][] categories, Func<string[], long> leaf)
    {
        // Each leaf adds its value to the 2^n cells that cover it (itself with any subset of coordinates set to _T).
        var sums = new Dictionary<string, long>(StringComparer.Ordinal);
        foreach (var coordinates in Combinations(categories, withTotal: false))
        {
            var value = leaf(coordinates);
            for (var mask = 0; mask < 1 << categories.Length; mask++)
            {
                var key = string.Join("|", coordinates.Select((c, d) => (mask & (1 << d)) != 0 ? T : c));
                sums[key] = sums.GetValueOrDefault(key) + value;
            }
        }

        return Combinations(categories, withTotal: true).Select(c => new CubeCell(c, sums[string.Join("|", c)])).ToList();
    }

    /// <summary>Builds a 2-D cube from a row-major matrix of leaf values.</summary>
    public static List<CubeCell> FromMatrix(string[] rows, string[] columns, long[,] values) =>
        FromLeaves([rows, columns], c => values[Array.IndexOf(rows, c[0]), Array.IndexOf(columns, c[1])]);

    public static IEnumerable<string[]> Combinations(string[][] categories, bool withTotal)
    {
        IEnumerable<string[]> result = [[]];
        foreach (var codes in categories)
        {
            var options = withTotal ? [.. codes, T] : codes;
            result = result.SelectMany(prefix => options.Select(o => (string[])[.. prefix, o])).ToList();
        }

        return result;
    }

    public static ProtectedCell At(this IReadOnlyList<ProtectedCell> cells, params string[] coordinates) =>
        cells.Single(c => c.Coordinates.SequenceEqual(coordinates));
}
