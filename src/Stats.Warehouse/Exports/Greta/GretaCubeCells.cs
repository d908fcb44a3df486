namespace Stats.Warehouse.Exports.Greta;

/// <summary>
/// The annual cells (frequency A) of one cube, found by their full code vector and year. Read once per indicator, since
/// several GRETA tables come from the same cube.
/// </summary>
internal sealed class GretaCubeCells
{
    public const string Total = "_T";

    private readonly Dictionary<string, ExportCell> cells = new(StringComparer.Ordinal);

    private GretaCubeCells(ExportCube cube) => Cube = cube;

    public ExportCube Cube { get; }

    public static async Task<GretaCubeCells> ReadAsync(ExportContext context, ExportCube cube, CancellationToken ct)
    {
        var result = new GretaCubeCells(cube);
        await foreach (var cell in cube.ReadAsync(context.Snapshot, ct).ConfigureAwait(false))
        {
            if (cell.Frequency == "A")
            {
                result.cells[Key(cell.Codes, cell.Year)] = cell;
            }
        }

        return result;
    }

    /// <summary>The annual cell with these codes (in the order of <see cref="ExportCube.Dimensions"/>) for the year, or null when the cube has none.</summary>
    public ExportCell? Find(IReadOnlyList<string> codes, int year) => cells.GetValueOrDefault(Key(codes, year));

    /// <summary>
    /// The annual cells whose given dimensions all hold a code other than the total and every other dimension the total:
    /// the cells of the cube table with exactly those breakdowns.
    /// </summary>
    public IEnumerable<ExportCell> TableCells(IReadOnlyList<int> dimensionIndexes) => cells.Values.Where(c =>
        Enumerable.Range(0, c.Codes.Count).All(i => dimensionIndexes.Contains(i) ? c.Codes[i] != Total : c.Codes[i] == Total));

    private static string Key(IReadOnlyList<string> codes, int year) =>
        string.Join('\u001f', codes) + "\u001e" + year.ToString(System.Globalization.CultureInfo.InvariantCulture);
}
