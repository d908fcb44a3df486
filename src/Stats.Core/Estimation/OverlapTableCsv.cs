using System.Globalization;

namespace Stats.Core.Estimation;

/// <summary>
/// Reads an overlap table given as CSV: a header with one column per list (its name) and a last column with the count,
/// then one row per combination: 0/1 per list and the number of persons seen on exactly that combination. Rows with a
/// zero count may be absent. Comma or semicolon separated. Every error names the source, row, column and value.
/// </summary>
public static class OverlapTableCsv
{
    public static OverlapTable Read(TextReader reader, string source)
    {
        ArgumentNullException.ThrowIfNull(reader);
        var header = reader.ReadLine() ?? throw Refuse(RefusalReason.InvalidTable, source, 1, null, "the file is empty; the first line must name the lists and the count column.");
        header = header.TrimStart('\uFEFF');
        var separator = header.Contains(',', StringComparison.Ordinal) || !header.Contains(';', StringComparison.Ordinal) ? ',' : ';';
        var names = Split(header, separator);
        if (names.Length < 2)
        {
            throw Refuse(RefusalReason.InvalidTable, source, 1, null, $"the header has {names.Length} column; it needs one column per list and a last column with the count.");
        }

        var lists = names[..^1];
        for (var i = 0; i < lists.Length; i++)
        {
            if (lists[i].Length == 0 || Array.IndexOf(lists, lists[i]) != i)
            {
                throw Refuse(RefusalReason.InvalidTable, source, 1, i + 1, $"list names must be distinct and not empty ('{lists[i]}').");
            }
        }

        if (lists.Length > OverlapTable.MaxLists)
        {
            throw Refuse(RefusalReason.InvalidTable, source, 1, null, $"the header names {lists.Length} lists; at most {OverlapTable.MaxLists} are supported.");
        }

        var persons = new Dictionary<int, long>();
        var rows = new Dictionary<int, int>();
        var row = 1;
        while (reader.ReadLine() is { } line)
        {
            row++;
            if (line.Trim().Length == 0)
            {
                continue;
            }

            var fields = Split(line, separator);
            if (fields.Length != names.Length)
            {
                throw Refuse(RefusalReason.InvalidTable, source, row, null, $"the row has {fields.Length} fields; the header has {names.Length}.");
            }

            var mask = 0;
            for (var i = 0; i < lists.Length; i++)
            {
                mask |= fields[i] switch
                {
                    "1" => 1 << i,
                    "0" => 0,
                    _ => throw Refuse(RefusalReason.InvalidTable, source, row, i + 1, $"'{fields[i]}' under list '{lists[i]}' must be 0 or 1."),
                };
            }

            var count = Count(fields[^1], source, row, names[^1]);
            if (mask == 0)
            {
                if (count != 0)
                {
                    throw Refuse(RefusalReason.InvalidTable, source, row, null,
                        $"the combination on no list is the unobserved cell the estimate is about; it cannot have a count ({count}). Leave the row out.");
                }

                continue;
            }

            if (!rows.TryAdd(mask, row))
            {
                throw Refuse(RefusalReason.InvalidTable, source, row, null, $"combination {Describe(lists, mask)} was already given on row {rows[mask]}.");
            }

            persons[mask] = count;
        }

        return new OverlapTable(lists, persons);
    }

    private static long Count(string text, string source, int row, string column)
    {
        if (long.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var whole))
        {
            return whole;
        }

        if (double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var number))
        {
            throw number < 0
                ? Refuse(RefusalReason.NotWholeNumber, source, row, null, $"count '{text}' in column '{column}' is negative; a count of persons is 0 or more.")
                : number == Math.Floor(number) && number < 1e15
                    ? Refuse(RefusalReason.NotWholeNumber, source, row, null, $"count '{text}' in column '{column}' must be written as a whole number (e.g. {number:0}).")
                    : Refuse(RefusalReason.NotWholeNumber, source, row, null, $"count '{text}' in column '{column}' is not a whole number of persons.");
        }

        throw Refuse(RefusalReason.NotWholeNumber, source, row, null, $"count '{text}' in column '{column}' is not a number.");
    }

    private static string Describe(string[] lists, int mask) =>
        string.Join('+', Enumerable.Range(0, lists.Length).Where(i => (mask & (1 << i)) != 0).Select(i => lists[i]));

    private static string[] Split(string line, char separator) =>
        [.. line.Split(separator).Select(f => f.Trim().Trim('"').Trim())];

    private static EstimationRefusedException Refuse(RefusalReason reason, string source, int row, int? column, string message) =>
        new(reason, $"{source}, row {row}{(column is { } c ? $", column {c}" : string.Empty)}: {message}");
}
