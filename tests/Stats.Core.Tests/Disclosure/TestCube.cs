using Stats.Core.Disclosure;

namespace Stats.Core.Tests.Disclosure;

/// <summary>Builds complete cubes for tests: totals are summed here from the leaf cells, not by the code under test.</summary>
internal static class TestCube
{
    public const string T = "_T";

    /// <summary>All (category or _T) combinations; each value is the sum of the leaves it covers.</summary>
    public static List<CubeCell> FromLeaves(string[][] categories, Func<string[], long> leaf)
    {
        var leaves = Combinations(categories, withTotal: false).Select(c => (Coordinates: c, Value: leaf(c))).ToList();
        return Combinations(categories, withTotal: true)
            .Select(cell => new CubeCell(cell, leaves.Where(l => Covers(cell, l.Coordinates)).Sum(l => l.Value)))
            .ToList();
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

    public static bool Covers(IReadOnlyList<string> cell, IReadOnlyList<string> leaf) =>
        cell.Select((code, d) => code == T || code == leaf[d]).All(x => x);

    public static ProtectedCell At(this IReadOnlyList<ProtectedCell> cells, params string[] coordinates) =>
        cells.Single(c => c.Coordinates.SequenceEqual(coordinates));

    /// <summary>The relations (a total and its children along one dimension), found by coordinates only.</summary>
    public static List<List<T>> Relations<T>(IReadOnlyList<T> cells, Func<T, IReadOnlyList<string>> coordinates)
    {
        var relations = new List<List<T>>();
        foreach (var total in cells)
        {
            var c = coordinates(total);
            for (var d = 0; d < c.Count; d++)
            {
                if (c[d] != TestCube.T)
                {
                    continue;
                }

                var dim = d;
                var children = cells.Where(x =>
                {
                    var xc = coordinates(x);
                    return xc[dim] != TestCube.T && Enumerable.Range(0, c.Count).All(e => e == dim || xc[e] == c[e]);
                });
                relations.Add([total, .. children]);
            }
        }

        return relations;
    }
}
