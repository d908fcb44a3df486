using Stats.Warehouse.Indicators;

namespace Stats.Warehouse.Exports.Bodies;

/// <summary>
/// Turns a cube's annual cells into a body's table: it keeps the cells of the listed cube tables (a cell belongs to a cube
/// table when its non-total breakdowns are exactly that table's), writes each column's code in the body's code list and
/// sums the cells that land on the same body cell (<see cref="CellGrouping"/>). Cells come out in the cube's order.
/// </summary>
public static class CellGrouper
{
    /// <param name="cube">The indicator's cube (its breakdowns say which code of a cell is which).</param>
    /// <param name="annualCells">The cube's annual cells, as the role sees them.</param>
    /// <param name="cubeTables">The cube tables to take, each as its list of non-total breakdowns.</param>
    /// <param name="columns">The body's columns; every breakdown of every cube table must be one of them.</param>
    /// <param name="role">Decides how suppressed components are combined.</param>
    /// <param name="where">Names the definition in errors (file and table).</param>
    public static IReadOnlyList<GroupedCell> Group(
        ExportCube cube, IReadOnlyList<ExportCell> annualCells, IReadOnlyList<IReadOnlyList<string>> cubeTables,
        IReadOnlyList<BodyColumn> columns, IndicatorRole role, string where)
    {
        ArgumentNullException.ThrowIfNull(cube);
        ArgumentNullException.ThrowIfNull(annualCells);
        ArgumentNullException.ThrowIfNull(cubeTables);
        ArgumentNullException.ThrowIfNull(columns);
        var breakdowns = cube.Dimensions.Select(d => d.Id).ToList();
        var ordinals = columns.Select(c => Ordinal(cube, breakdowns, c.Breakdown, where)).ToArray();
        foreach (var (column, ordinal) in columns.Zip(ordinals))
        {
            if (column.CodeList.Groups && !cube.Dimensions[ordinal].Additive)
            {
                throw new InvalidDataException(
                    $"{where}: breakdown '{column.Breakdown}' of {cube.Indicator.Id} is not additive (a person can count under several codes), so its codes must not be grouped.");
            }
        }

        var wanted = cubeTables.Select(t => new HashSet<string>(t, StringComparer.Ordinal)).ToList();
        foreach (var table in wanted.Where(t => !t.IsSubsetOf(columns.Select(c => c.Breakdown))))
        {
            throw new InvalidDataException($"{where}: cube table [{string.Join(", ", table)}] has a breakdown that is not one of the columns.");
        }

        var groups = new Dictionary<string, (int Year, string[] Codes, List<ExportCell> Parts)>(StringComparer.Ordinal);
        foreach (var cell in annualCells)
        {
            var nonTotal = breakdowns.Where((_, i) => cell.Codes[i] != BodyCodeList.OurTotal).ToHashSet(StringComparer.Ordinal);
            if (!wanted.Any(t => t.SetEquals(nonTotal)))
            {
                continue;
            }

            var codes = columns.Select((c, i) => c.CodeList.Map(cell.Codes[ordinals[i]], $"{where}, column of breakdown {c.Breakdown}")).ToArray();
            var key = cell.Year.ToString(System.Globalization.CultureInfo.InvariantCulture) + "\u001f" + string.Join('\u001f', codes);
            if (!groups.TryGetValue(key, out var group))
            {
                group = (cell.Year, codes, []);
                groups.Add(key, group);
            }

            group.Parts.Add(cell);
        }

        // Years ascending, then each column in the order of its code list (total first), as the body's tables read;
        // codes written as they are (no code list) keep the cube's order, which is the registry's.
        IOrderedEnumerable<(int Year, string[] Codes, List<ExportCell> Parts)> ordered = groups.Values.OrderBy(g => g.Year);
        for (var i = 0; i < columns.Count; i++)
        {
            var column = i;
            ordered = ordered.ThenBy(g => columns[column].CodeList.Rank(g.Codes[column]));
        }

        return ordered.Select(g =>
        {
            var (value, flags, conf) = CellGrouping.Combine(g.Parts, role);
            return new GroupedCell(g.Year, g.Codes, value, flags, conf, g.Parts.Count);
        }).ToList();
    }

    /// <summary>The cube's annual cells in cube order; read once per cube and shared by every table that uses it.</summary>
    public static async Task<IReadOnlyList<ExportCell>> AnnualCellsAsync(ExportContext context, ExportCube cube, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(cube);
        var cells = new List<ExportCell>();
        await foreach (var cell in cube.ReadAsync(context.Snapshot, ct).ConfigureAwait(false))
        {
            if (cell.Frequency == "A")
            {
                cells.Add(cell);
            }
        }

        return cells;
    }

    private static int Ordinal(ExportCube cube, List<string> breakdowns, string breakdown, string where)
    {
        var ordinal = breakdowns.IndexOf(breakdown);
        return ordinal >= 0
            ? ordinal
            : throw new InvalidDataException(
                $"{where}: indicator {cube.Indicator.Id} has no breakdown '{breakdown}' in this vintage (it has {string.Join(", ", breakdowns)}).");
    }
}
