using Stats.Etl.Contracts;
using Stats.Etl.Readers;

namespace Stats.Etl.Aggregates;

/// <summary>
/// Turns the rows of a delivered table into stated cells: the row's period, its codes (constants, dimension
/// columns, and per count column the wide codes), and each count as exact, censored or missing. The first bad
/// value refuses the delivery with a message naming file, row, column and value.
/// </summary>
internal sealed class AggregateCellReader(SourceContract contract, AggregateCodes codes, DateOnly today, string fileName)
{
    private readonly AggregateSpec _spec = contract.Aggregate!;
    private readonly AggregateLayout _layout = new(contract);
    private readonly PeriodReader _periods = new(contract.Aggregate!.Period, today, fileName);
    private readonly Dictionary<string, CensoredToken> _censored = contract.Aggregate!.Censored.ToDictionary(t => t.Key.Trim(), t => t.Value, StringComparer.Ordinal);
    private readonly Dictionary<string, string> _missing = contract.Aggregate!.Missing.ToDictionary(t => t.Key.Trim(), t => t.Value, StringComparer.Ordinal);

    public IReadOnlyList<AggregateCell> Read(DeliveredTable table)
    {
        var cells = new List<AggregateCell>();
        var stated = new Dictionary<(AggregatePeriod, string), AggregateCell>();
        foreach (var row in table.Rows)
        {
            var period = _periods.Read(table, row);
            var rowCodes = new Dictionary<string, string>(codes.Constants, StringComparer.Ordinal);
            foreach (var (column, dimension) in _spec.Dimensions)
            {
                var value = table.Value(row, column);
                rowCodes[dimension.Dimension] = codes.Resolve(column, dimension.Dimension, value) ?? throw row.Refusal(fileName, RefusalReasons.UnknownCode, column,
                    $"'{value.Trim()}' is not a code of code list '{AggregateDimensions.CodeListOf(dimension.Dimension)}' and the contract maps no such value for dimension '{dimension.Dimension}'.");
            }

            foreach (var column in _layout.CountColumns)
            {
                var cellCodes = new Dictionary<string, string>(rowCodes, StringComparer.Ordinal);
                foreach (var (dimension, code) in codes.Wide(column))
                {
                    cellCodes[dimension] = code;
                }

                var cell = Cell(row, column, table.Value(row, column), period, cellCodes);
                if (stated.TryGetValue((period, cell.Coordinates), out var earlier))
                {
                    throw row.Refusal(fileName, RefusalReasons.DuplicateCell, column,
                        $"'{table.Value(row, column).Trim()}' states the cell {Describe(cell)} again; {earlier.Where} already states it.");
                }

                stated[(period, cell.Coordinates)] = cell;
                cells.Add(cell);
            }
        }

        return cells;
    }

    /// <summary>"form_main=SEX;sex=F, 2024" — what a message calls a cell.</summary>
    internal static string Describe(AggregateCell cell) => cell.Coordinates.Length == 0 ? cell.Period.Label : $"{cell.Coordinates}, {cell.Period.Label}";

    private AggregateCell Cell(DeliveredRow row, string column, string delivered, AggregatePeriod period, Dictionary<string, string> cellCodes)
    {
        var text = delivered.Trim();
        if (_censored.TryGetValue(text, out var bounds))
        {
            return new AggregateCell(row.RecordNumber, column, period, cellCodes, CellStatus.Censored, null, bounds.Lower, bounds.Upper, text, null);
        }

        if (_missing.TryGetValue(text, out var reason))
        {
            return new AggregateCell(row.RecordNumber, column, period, cellCodes, CellStatus.Missing, null, null, null, text, reason);
        }

        if (AggregateText.WholeNumber(text) is { } value)
        {
            return new AggregateCell(row.RecordNumber, column, period, cellCodes, CellStatus.Exact, value, null, null, null, null);
        }

        var tokens = string.Join(", ", _censored.Keys.Concat(_missing.Keys).Select(t => $"'{t}'"));
        var what = text.Length == 0 ? "the cell is empty" : $"'{text}' is not a whole number";
        throw row.Refusal(fileName, RefusalReasons.InvalidCount, column,
            $"{what} and not a censored or missing token of the contract ({(tokens.Length == 0 ? "it lists none" : tokens)}).");
    }
}
