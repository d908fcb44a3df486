namespace Stats.Hardening.Tests.Corpus;

/// <summary>
/// A flat delivery (CSV or XLSX) as its header and data rows. CSV cells are text; XLSX cells keep the type the clean
/// workbook gave them (DateTime, double or string), so an untouched cell is written back as it was delivered.
/// </summary>
internal sealed record FlatTable(IReadOnlyList<string> Header, IReadOnlyList<object?[]> Rows)
{
    public int IndexOf(string column) => Header.ToList().IndexOf(column);

    /// <summary>A copy with fresh row arrays, so that attacks can change cells without touching the clean table.</summary>
    public FlatTable Copy() => new([.. Header], [.. Rows.Select(r => (object?[])r.Clone())]);

    /// <summary>A copy holding <paramref name="count"/> consecutive rows from a random start (small files keep the corpus cheap).</summary>
    public FlatTable Window(Random random, int count)
    {
        count = Math.Clamp(count, 1, Rows.Count);
        var start = random.Next(Rows.Count - count + 1);
        return new([.. Header], [.. Rows.Skip(start).Take(count).Select(r => (object?[])r.Clone())]);
    }

    /// <summary>A copy with <paramref name="column"/> (header and cells) inserted at <paramref name="position"/>.</summary>
    public FlatTable WithColumn(int position, string column, Func<int, object?> value)
    {
        var header = Header.ToList();
        header.Insert(position, column);
        var rows = Rows.Select((r, i) =>
        {
            var cells = r.ToList();
            cells.Insert(Math.Min(position, cells.Count), value(i));
            return cells.ToArray();
        }).ToList();
        return new(header, rows);
    }

    /// <summary>A copy without the column at <paramref name="position"/>.</summary>
    public FlatTable WithoutColumn(int position) =>
        new([.. Header.Where((_, i) => i != position)], [.. Rows.Select(r => r.Where((_, i) => i != position).ToArray())]);

    /// <summary>A copy whose header names <paramref name="position"/> differently (the cells stay).</summary>
    public FlatTable Renamed(int position, string name) =>
        new([.. Header.Select((h, i) => i == position ? name : h)], [.. Rows.Select(r => (object?[])r.Clone())]);
}
