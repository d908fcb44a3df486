namespace Stats.Etl.Aggregates;

/// <summary>
/// One stated cell of a delivery after unpivoting and mapping: where it stands in the file, its period, its code on
/// every dimension of the return (sorted by dimension id; <see cref="Coordinates"/> is the stored text), and its
/// count, bounds or missing reason.
/// </summary>
internal sealed record AggregateCell(
    long RecordNumber,
    string Column,
    AggregatePeriod Period,
    IReadOnlyDictionary<string, string> Codes,
    CellStatus Status,
    long? Value,
    long? Lower,
    long? Upper,
    string? Token,
    string? MissingReason)
{
    /// <summary><c>dim=code</c> pairs sorted by dimension id (ordinal), joined with ';'.</summary>
    public string Coordinates { get; } = string.Join(";", Codes.OrderBy(c => c.Key, StringComparer.Ordinal).Select(c => $"{c.Key}={c.Value}"));

    /// <summary>Where a message points: row and column of the file.</summary>
    public string Where => $"row {RecordNumber}, column '{Column}'";

    public bool IsExact => Status == CellStatus.Exact;

    /// <summary>A finding about this cell: its period, coordinates, stated value and place in the file.</summary>
    public AggregateFinding Finding(string check, long? expected, string fileName, string detail) =>
        new(check, Period.Freq, Period.Year, Period.No, Coordinates, Value, expected, RecordNumber, Column, $"{fileName}: {Where}: {detail}");

    /// <summary>The coordinates without one dimension, to find the cells that differ only there.</summary>
    public string CoordinatesWithout(string dimension) =>
        string.Join(";", Codes.Where(c => c.Key != dimension).OrderBy(c => c.Key, StringComparer.Ordinal).Select(c => $"{c.Key}={c.Value}"));
}
