using Stats.Core.Disclosure;

namespace Stats.Core.Tests.Disclosure;

/// <summary>
/// Test fixture: linked tables cut from one hidden full cube. Each table is a subset of the dimensions (the others at
/// their top code); tables sharing dimensions share those cells (e.g. sex×age and sex×form share the sex margin and the
/// grand total). Values are sums of leaves of the hidden cube, so every relation adds up by construction. Relations of
/// shared margins are listed once per table (duplicates on purpose: a real builder produces them too).
/// </summary>
internal sealed class LinkedCube
{
    private readonly Dictionary<string, int> _index = [];

    private LinkedCube()
    {
    }

    public List<long> Values { get; } = [];

    public List<AdditiveRelation> Relations { get; } = [];

    public ProtectionProblem Problem => new(Values, Relations);

    public int Cell(params int[] coordinates) => _index[Key(coordinates)];

    /// <summary>Every leaf of the hidden cube gets a drawn value.</summary>
    public static LinkedCube Build(IReadOnlyList<Hierarchy> dims, IReadOnlyList<int[]> tables, Func<long> leafValue) =>
        FromLeaves(dims, tables, Product(dims.Select(d => Enumerable.Range(0, d.Codes).Where(d.IsLeaf).ToArray()).ToArray())
            .Select(leaf => (leaf, leafValue())));

    /// <summary>Values are counts of records (one per person, each a leaf coordinate of the hidden cube).</summary>
    public static LinkedCube FromLeaves(IReadOnlyList<Hierarchy> dims, IReadOnlyList<int[]> tables, IEnumerable<(int[] Leaf, long Value)> leaves)
    {
        var cube = new LinkedCube();
        foreach (var table in tables)
        {
            var ranges = Ranges(dims, table, d => Enumerable.Range(0, dims[d].Codes).ToArray());
            foreach (var coordinates in Product(ranges).Where(c => !cube._index.ContainsKey(Key(c))))
            {
                cube._index[Key(coordinates)] = cube.Values.Count;
                cube.Values.Add(0);
            }

            foreach (var d in table)
            {
                foreach (var (total, members) in dims[d].Sums)
                {
                    foreach (var at in Product(ranges).Where(at => at[d] == total))
                    {
                        cube.Relations.Add(new AdditiveRelation(cube.Cell(at), members.Select(m => cube.Cell(With(at, d, m))).ToArray()));
                    }
                }
            }
        }

        var ancestors = dims.Select(h => Enumerable.Range(0, h.Codes).Select(h.WithAncestors).ToArray()).ToArray();
        foreach (var (leaf, value) in leaves)
        {
            var cells = tables
                .SelectMany(table => Product(Ranges(dims, table, d => ancestors[d][leaf[d]].ToArray())))
                .Select(cube.Cell)
                .Distinct();
            foreach (var cell in cells)
            {
                cube.Values[cell] += value;
            }
        }

        return cube;
    }

    private static int[][] Ranges(IReadOnlyList<Hierarchy> dims, int[] table, Func<int, int[]> inTable) =>
        dims.Select((h, d) => table.Contains(d) ? inTable(d) : [h.Top]).ToArray();

    private static int[] With(int[] at, int d, int code)
    {
        var copy = (int[])at.Clone();
        copy[d] = code;
        return copy;
    }

    private static string Key(int[] coordinates) => string.Join(',', coordinates);

    private static IEnumerable<int[]> Product(int[][] ranges)
    {
        IEnumerable<int[]> result = [[]];
        foreach (var range in ranges)
        {
            var r = range;
            result = result.SelectMany(prefix => r.Select(code => prefix.Append(code).ToArray()));
        }

        return result;
    }
}
