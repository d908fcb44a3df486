using System.Globalization;
using Stats.Core.Canonical;

namespace Stats.Hardening.Tests.Corpus;

/// <summary>
/// Attacks on flat deliveries (CSV and XLSX; microdata and aggregate returns) built from a slice of the clean table.
/// A microdata attack that leaves the file readable breaks every row (each is quarantined, nothing is staged); an
/// aggregate return has no quarantine, so one bad cell must refuse the whole table.
/// </summary>
internal sealed class FlatAttacks(CorpusContext context)
{
    private Random Random => context.Random;

    public Attack Injection(string id)
    {
        var table = context.Slice(id);
        if (Random.Next(10) == 0)
        {
            var position = Random.Next(table.Header.Count);
            // Refused as unknown_column, or as identifying_column when the formula's words fold to one ("Details").
            return new($"header '{table.Header[position]}' renamed to a formula", context.Encode(id, table.Renamed(position, InjectionPayloads.Pick(Random))));
        }

        if (context.IsAggregate(id))
        {
            var cells = 1 + Random.Next(3);
            for (var i = 0; i < cells; i++)
            {
                table.Rows[Random.Next(table.Rows.Count)][Random.Next(table.Header.Count)] = InjectionPayloads.Pick(Random);
            }

            return new($"{cells} formula cell(s) in the table", context.Encode(id, table));
        }

        return new("a formula in a column of every row", context.Encode(id, BreakEveryRow(id, table, payload: true)));
    }

    public Attack Identifying(string id)
    {
        var table = context.Slice(id);
        var name = IdentifyingNames.Pick(Random);
        if (Random.Next(3) == 0)
        {
            var position = Random.Next(table.Header.Count);
            return new($"column '{table.Header[position]}' delivered as '{name}'", context.Encode(id, table.Renamed(position, name)), "identifying_column");
        }

        return new($"an extra column '{name}'", context.Encode(id, table.WithColumn(Random.Next(table.Header.Count + 1), name, _ => IdentifyingNames.Value(Random))), "identifying_column");
    }

    public Attack DuplicateHeader(string id)
    {
        var table = context.Slice(id);
        var source = Random.Next(table.Header.Count);
        var name = table.Header[source];
        switch (Random.Next(3))
        {
            case 0:
                return new($"column '{name}' twice", context.Encode(id, table.WithColumn(Random.Next(table.Header.Count + 1), name, i => table.Rows[i][source])), "malformed_file");
            case 1:
                return new($"column '{name}' twice, once padded with spaces", context.Encode(id, table.WithColumn(Random.Next(table.Header.Count + 1), $"  {name} ", i => table.Rows[i][source])), "malformed_file");
            default:
                var other = (source + 1 + Random.Next(table.Header.Count - 1)) % table.Header.Count;
                return new($"column '{table.Header[other]}' headed '{name}' too", context.Encode(id, table.Renamed(other, name)), "malformed_file");
        }
    }

    public Attack MixedDelimiters(string id)
    {
        var table = context.Slice(id);
        var delimiter = context.Delimiter(id);
        var others = new[] { ',', ';', '\t', '|' }.Where(c => c != delimiter).ToArray();
        var other = others[Random.Next(others.Length)];
        var lines = CsvBytes.Lines(table, delimiter).ToList();
        string what;
        switch (Random.Next(4))
        {
            case 0:
                lines = [.. CsvBytes.Lines(table, other)];
                what = $"the whole file delimited by '{Show(other)}' instead of '{Show(delimiter)}'";
                break;
            case 1:
                lines = [lines[0], .. lines.Skip(1).Select(l => l.Replace(delimiter, other))];
                what = $"header by '{Show(delimiter)}', rows by '{Show(other)}'";
                break;
            case 2:
                var row = 1 + Random.Next(lines.Count - 1);
                lines[row] = lines[row].Replace(delimiter, other);
                what = $"row {row} delimited by '{Show(other)}'";
                break;
            default:
                var target = 1 + Random.Next(lines.Count - 1);
                var first = lines[target].IndexOf(delimiter, StringComparison.Ordinal);
                lines[target] = lines[target][..first] + other + lines[target][(first + 1)..];
                what = $"one '{Show(delimiter)}' of row {target} written as '{Show(other)}'";
                break;
        }

        return new(what, CsvBytes.Utf8.GetBytes(string.Concat(lines.Select(l => l + "\n"))));
    }

    public Attack Truncated(string id)
    {
        if (context.Format(id) == "xlsx")
        {
            var workbook = context.Encode(id, context.Slice(id));
            if (Random.Next(2) == 0)
            {
                var cut = 1 + Random.Next(workbook.Length - 23);
                return new($"the workbook cut at byte {cut} of {workbook.Length} (mid-zip)", workbook[..cut], "malformed_file");
            }

            var sheet = XlsxBytes.Repack(workbook, (name, bytes) => name.StartsWith("xl/worksheets/", StringComparison.Ordinal) ? bytes[..(bytes.Length * (1 + Random.Next(9)) / 10)] : bytes);
            return new("the sheet's XML cut short inside a sound zip", sheet, "malformed_file");
        }

        var table = context.Slice(id);
        var delimiter = context.Delimiter(id);
        var text = CsvBytes.Text(table, delimiter);
        if (Random.Next(3) == 0)
        {
            // Mid-character: the last bytes are the first of a multi-byte character.
            var character = Pick("ä", "€", "😀", "ß");
            var bytes = CsvBytes.Utf8.GetBytes(text.TrimEnd('\n') + character);
            var keep = bytes.Length - CsvBytes.Utf8.GetByteCount(character) + 1 + Random.Next(CsvBytes.Utf8.GetByteCount(character) - 1);
            return new($"cut inside the multi-byte character '{character}' at the end", bytes[..keep], "unreadable_encoding");
        }

        // Mid-row: the last row keeps at least one character but loses at least its last delimiter.
        var lines = text.TrimEnd('\n').Split('\n');
        var last = lines[^1];
        var lastDelimiter = last.LastIndexOf(delimiter);
        var at = 1 + Random.Next(lastDelimiter);
        var cutText = string.Join('\n', lines[..^1]) + "\n" + last[..at];
        return new($"cut in the middle of row {lines.Length - 1} (at character {at} of {last.Length})", CsvBytes.Utf8.GetBytes(cutText), "malformed_file");
    }

    public Attack Mutation(string id) => context.IsAggregate(id) ? AggregateMutation(id) : MicrodataMutation(id);

    public Attack HeaderOnly(string id, int variant)
    {
        var table = new FlatTable(context.Clean.Table(id).Header, []);
        if (context.Format(id) == "xlsx")
        {
            return new("the header row only", context.Encode(id, table)) { MayBeEmpty = true };
        }

        var header = CsvBytes.Line(table.Header, context.Delimiter(id));
        var (text, what) = variant == 0 ? (header + "\r\n", "the header line only") : (header, "the header without a line end");
        return new(what, CsvBytes.Utf8.GetBytes(text)) { MayBeEmpty = true };
    }

    /// <summary>Every row gets a value breaking a rule of one of its root columns (with <paramref name="payload"/>: a formula).</summary>
    public FlatTable BreakEveryRow(string id, FlatTable table, bool payload)
    {
        var columns = ContractColumns.Root(context.Contract(id)).Where(c => table.IndexOf(c.Name) >= 0).ToList();
        foreach (var row in table.Rows)
        {
            var column = context.Pick(columns);
            row[table.IndexOf(column.Name)] = RowBreaker.Break(column, Random, payload);
            if (payload && Random.Next(3) == 0)
            {
                row[Random.Next(row.Length)] = InjectionPayloads.Pick(Random);
            }
        }

        return table;
    }

    private Attack MicrodataMutation(string id)
    {
        var table = context.Slice(id);
        var columns = ContractColumns.Root(context.Contract(id));
        var csv = context.Format(id) == "csv";
        switch (Random.Next(11))
        {
            case 0:
                var required = context.Pick(columns.Where(c => c.Required).ToList());
                return new($"required column '{required.Name}' dropped", context.Encode(id, table.WithoutColumn(table.IndexOf(required.Name))), "missing_required_column");
            case 1:
                var position = Random.Next(table.Header.Count);
                var name = table.Header[position];
                var typo = Random.Next(2) == 0 ? name.ToUpperInvariant() + "_" : name[..^1] + (name[^1] == 'x' ? "y" : "x");
                return new($"column '{name}' renamed '{typo}'", context.Encode(id, table.Renamed(position, typo)), "unknown_column");
            case 2:
                return new("an extra column 'shoe_size'", context.Encode(id, table.WithColumn(Random.Next(table.Header.Count + 1), "shoe_size", _ => "42")), "unknown_column");
            case 3:
                var key = columns.First(c => c.Type == FieldType.LinkageKey);
                var other = context.Pick(columns.Where(c => c.Type != FieldType.LinkageKey).ToList());
                int k = table.IndexOf(key.Name), o = table.IndexOf(other.Name);
                foreach (var row in table.Rows)
                {
                    (row[k], row[o]) = (row[o], row[k]);
                }

                return new($"values of '{key.Name}' and '{other.Name}' swapped in every row", context.Encode(id, table));
            case 4:
                var date = context.Pick(columns.Where(c => c.Type == FieldType.Date && c.Required).ToList());
                var format = context.Contract(id).Format.EffectiveDateFormat;
                var d = table.IndexOf(date.Name);
                foreach (var row in table.Rows)
                {
                    row[d] = row[d] switch
                    {
                        DateTime t => t.AddYears(80),
                        string s when DateTime.TryParseExact(s, format, CultureInfo.InvariantCulture, DateTimeStyles.None, out var t) => t.AddYears(80).ToString(format, CultureInfo.InvariantCulture),
                        _ => InjectionPayloads.Pick(Random),
                    };
                }

                return new($"'{date.Name}' 80 years in the future in every row", context.Encode(id, table));
            case 5:
                var keyColumn = table.IndexOf(columns.First(c => c.Type == FieldType.LinkageKey).Name);
                foreach (var row in table.Rows)
                {
                    var value = CsvBytes.Cell(row[keyColumn]);
                    row[keyColumn] = Random.Next(3) switch { 0 => value.ToUpperInvariant(), 1 => value[..^1], _ => value[..^1] + "g" };
                }

                return new("every linkage key malformed (upper case, short or not hexadecimal)", context.Encode(id, table));
            case 6:
                return new("a rule broken in every row", context.Encode(id, BreakEveryRow(id, table, payload: false)));
            case 7:
                // A required column: its values are there under no name (CSV: an empty column name; XLSX: the sheet lacks the column).
                var emptied = table.IndexOf(context.Pick(columns.Where(c => c.Required).ToList()).Name);
                return new($"header '{table.Header[emptied]}' left empty", context.Encode(id, table.Renamed(emptied, string.Empty)), csv ? "malformed_file" : "missing_required_column");
            case 8:
                if (csv)
                {
                    var lines = CsvBytes.Lines(table, context.Delimiter(id)).ToList();
                    var r = 1 + Random.Next(lines.Count - 1);
                    lines[r] += context.Delimiter(id) + "surplus";
                    return new($"row {r} has one field too many", CsvBytes.Utf8.GetBytes(string.Concat(lines.Select(l => l + "\n"))), "malformed_file");
                }

                var widened = new FlatTable(table.Header, [.. table.Rows.Select((row, i) => i == 0 ? [.. row, "surplus"] : row)]);
                return new("a value in a column without header", context.Encode(id, widened), "malformed_file");
            case 9:
                if (csv)
                {
                    var bytes = context.Encode(id, table);
                    var at = bytes.AsSpan().IndexOf((byte)'\n') + 1 + Random.Next(bytes.Length - bytes.AsSpan().IndexOf((byte)'\n') - 1);
                    bytes[at] = Random.Next(2) == 0 ? (byte)0x00 : (byte)0xFF;
                    return new($"byte {at} replaced by 0x{bytes[at]:X2}", bytes, "unreadable_encoding");
                }

                return new("the sheet renamed", XlsxBytes.Of(table, "Tabelle1"), "malformed_file");
            default:
                if (csv)
                {
                    var header = table.Header.ToList();
                    var h = Random.Next(header.Count);
                    header[h] = char.IsUpper(header[h][0]) ? header[h].ToLowerInvariant() : char.ToUpperInvariant(header[h][0]) + header[h][1..];
                    return new($"header '{table.Header[h]}' in another case", context.Encode(id, new FlatTable(header, table.Rows)), "unknown_column");
                }

                var shifted = new FlatTable([], [.. new[] { table.Header.Cast<object?>().ToArray() }.Concat(table.Rows)]);
                return new("an empty row above the header", context.Encode(id, shifted));
        }
    }

    private Attack AggregateMutation(string id)
    {
        var table = context.Slice(id);
        var contract = context.Contract(id);
        var spec = contract.Aggregate!;
        var row = table.Rows[Random.Next(table.Rows.Count)];
        switch (Random.Next(9))
        {
            case 0:
                var year = Pick("1990", "2099", "2031", "1066");
                foreach (var r in Random.Next(2) == 0 ? table.Rows : [row])
                {
                    r[table.IndexOf(spec.Period.Year)] = year;
                }

                return new($"year {year}", context.Encode(id, table), "period_out_of_range");
            case 1:
                var duplicated = new FlatTable(table.Header, [.. table.Rows, (object?[])row.Clone()]);
                return new("one row stated twice", context.Encode(id, duplicated), "duplicate_cell");
            case 2:
                if (spec.Dimensions.Count == 0)
                {
                    goto case 3;
                }

                var dimension = context.Pick(spec.Dimensions.Keys.ToList());

                row[table.IndexOf(dimension)] = Pick("Sonstiges (neu)", "zz-unknown", "Weiblich und männlich", "Gesamtsumme");
                return new($"an unknown category in '{dimension}'", context.Encode(id, table), "unknown_code");
            case 3:
                var count = context.Pick(ContractColumns.Counts(contract));
                row[table.IndexOf(count)] = Pick("zwölf", "3.5", "1e3", "12 Personen", "٣", "0x10", "- 4");
                return new($"a count in '{count}' that is no whole number", context.Encode(id, table), "invalid_count");
            case 4:
                var column = context.Pick(ContractColumns.AggregateRequired(contract));
                return new($"required column '{column}' dropped", context.Encode(id, table.WithoutColumn(table.IndexOf(column))), "missing_required_column");
            case 5:
                return new("an extra column 'Anzahl_neu'", context.Encode(id, table.WithColumn(table.Header.Count, "Anzahl_neu", _ => "1")), "unknown_column");
            case 6:
                if (spec.Period.SubPeriodColumn is { } sub)
                {
                    row[table.IndexOf(sub)] = Pick("Q5", "13", "Q0", "Quartal 1", "H1");
                    return new($"a period '{sub}' that reads as none", context.Encode(id, table), "invalid_period");
                }

                row[table.IndexOf(spec.Period.Year)] = Pick("20x5", "25", "2025.0.1", "MMXXV");
                return new("a year that reads as none", context.Encode(id, table), "invalid_period");
            case 7:
                var position = Random.Next(table.Header.Count);
                return new($"column '{table.Header[position]}' renamed", context.Encode(id, table.Renamed(position, table.Header[position] + " (alt)")), "unknown_column");
            default:
                var widened = new FlatTable(table.Header, [.. table.Rows.Select(r => ReferenceEquals(r, row) ? [.. r, "17"] : r)]);
                return new("a value in a column without header", context.Encode(id, widened), "malformed_file");
        }
    }

    private string Pick(params string[] values) => values[Random.Next(values.Length)];

    private static string Show(char c) => c == '\t' ? "\\t" : c.ToString();
}
