namespace Stats.Etl.Aggregates;

/// <summary>
/// An aggregate return as delivered, in memory (such tables have tens to a few thousand rows): the header and each
/// data row's text by header position (a NULL cell is ""), numbered 1… in file order, header excluded.
/// </summary>
internal sealed class DeliveredTable(IReadOnlyList<string> header, IReadOnlyList<DeliveredRow> rows)
{
    private readonly Dictionary<string, int> _positions = header.Select((name, i) => (name, i)).ToDictionary(x => x.name, x => x.i, StringComparer.Ordinal);

    public IReadOnlyList<string> Header => header;

    public IReadOnlyList<DeliveredRow> Rows => rows;

    /// <summary>The text of a column the header check made sure is there.</summary>
    public string Value(DeliveredRow row, string column) => row.Values[_positions[column]];
}
