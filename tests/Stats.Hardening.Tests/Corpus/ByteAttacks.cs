using System.Text;

namespace Stats.Hardening.Tests.Corpus;

/// <summary>
/// Attacks at the byte level, for any contract: binary garbage (with a file type's magic number or none), empty and
/// blank files, byte order marks alone, text in an encoding other than UTF-8, and a file of another format than the
/// contract's (the content decides, not the extension).
/// </summary>
internal sealed class ByteAttacks(CorpusContext context, JsonAttacks json)
{
    private static readonly (string Name, byte[] Magic)[] Magics =
    [
        ("PNG", [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]), ("PDF", "%PDF-1.7\n"u8.ToArray()), ("ELF", [0x7F, 0x45, 0x4C, 0x46, 0x02, 0x01]),
        ("gzip", [0x1F, 0x8B, 0x08, 0x00]), ("zip", [0x50, 0x4B, 0x03, 0x04]), ("PE", "MZ"u8.ToArray()), ("JPEG", [0xFF, 0xD8, 0xFF, 0xE0]),
        ("SQLite", "SQLite format 3\0"u8.ToArray()), ("DuckDB", [0, 0, 0, 0, 0, 0, 0, 0, 0x44, 0x55, 0x43, 0x4B]),
    ];

    private Random Random => context.Random;

    public Attack Binary(string id)
    {
        var length = 16 + Random.Next(Random.Next(2) == 0 ? 512 : 64 * 1024);
        var bytes = new byte[length];
        Random.NextBytes(bytes);
        string what;
        switch (Random.Next(3))
        {
            case 0:
                var (name, magic) = Magics[Random.Next(Magics.Length)];
                magic.CopyTo(bytes, 0);
                what = $"{length:N0} random bytes after a {name} magic number";
                break;
            case 1:
                // Printable noise with line ends: valid UTF-8, no NUL, so only the reader's parsing can refuse it.
                for (var i = 0; i < bytes.Length; i++)
                {
                    bytes[i] = Random.Next(12) == 0 ? (byte)'\n' : (byte)(0x20 + Random.Next(0x5F));
                }

                what = $"{length:N0} bytes of printable noise";
                break;
            default:
                bytes[Random.Next(bytes.Length)] = 0;
                what = $"{length:N0} random bytes";
                break;
        }

        return new(what, bytes);
    }

    public Attack Empty(string id)
    {
        if (Random.Next(4) == 0)
        {
            return new("0 bytes", [], "malformed_file");
        }

        var blank = new StringBuilder();
        for (var i = 1 + Random.Next(40); i > 0; i--)
        {
            blank.Append(" \t\r\n"[Random.Next(4)]);
        }

        return new($"{blank.Length} bytes of white space", Encoding.ASCII.GetBytes(blank.ToString()), "malformed_file");
    }

    public Attack BomOnly(string id)
    {
        var (bom, what) = Random.Next(4) switch
        {
            0 => (new byte[] { 0xEF, 0xBB, 0xBF }, "a UTF-8 byte order mark"),
            1 => ([0xFF, 0xFE], "a UTF-16 LE byte order mark"),
            2 => ([0xFE, 0xFF], "a UTF-16 BE byte order mark"),
            _ => ([0xEF, 0xBB, 0xBF, 0xEF, 0xBB, 0xBF], "two UTF-8 byte order marks"),
        };
        var blank = new StringBuilder();
        for (var i = Random.Next(3) == 0 ? 0 : Random.Next(1, 30); i > 0; i--)
        {
            blank.Append(" \t\r\n"[Random.Next(4)]);
        }

        var tail = Encoding.ASCII.GetBytes(blank.ToString());
        return new($"{what} and nothing else{(tail.Length > 0 ? " but white space" : string.Empty)}", [.. bom, .. tail]);
    }

    public Attack WrongEncoding(string id)
    {
        var text = Encoding.UTF8.GetString(Valid(id, withUmlaut: true));
        if (text.All(char.IsAscii))
        {
            // Pure ASCII reads the same in every one of these encodings but UTF-16/32: the attack would be no attack.
            throw new InvalidOperationException($"the encoding attack on {id} has no character outside ASCII.");
        }

        switch (Random.Next(7))
        {
            case 0:
                return new("UTF-16 LE with its byte order mark", [.. Encoding.Unicode.GetPreamble(), .. Encoding.Unicode.GetBytes(text)], "unreadable_encoding");
            case 1:
                return new("UTF-16 BE with its byte order mark", [.. Encoding.BigEndianUnicode.GetPreamble(), .. Encoding.BigEndianUnicode.GetBytes(text)], "unreadable_encoding");
            case 2:
                return new("UTF-16 LE without a byte order mark", Encoding.Unicode.GetBytes(text), "unreadable_encoding");
            case 3:
                return new("UTF-32", Encoding.UTF32.GetBytes(text), "unreadable_encoding");
            case 4:
                return new("Latin-1 (ISO 8859-1)", Encoding.Latin1.GetBytes(text), "unreadable_encoding");
            case 5:
                var utf8 = Encoding.UTF8.GetBytes(text).ToList();
                var at = utf8.IndexOf((byte)'\n') + 1 + Random.Next(Math.Max(1, utf8.Count - utf8.IndexOf((byte)'\n') - 2));
                var (bytes, what) = Random.Next(5) switch
                {
                    0 => (new byte[] { 0xC0, 0xAF }, "an overlong encoding of '/'"),
                    1 => ([0xED, 0xA0, 0x80], "an encoded UTF-16 surrogate"),
                    2 => ([0xF8, 0x88, 0x80, 0x80, 0x80], "a five-byte sequence"),
                    3 => ([0xE4], "one Latin-1 'ä'"),
                    _ => ([0x80], "a Windows-1252 '€'"),
                };
                utf8.InsertRange(at, bytes);
                return new($"UTF-8 with {what} in the middle", [.. utf8], "unreadable_encoding");
            default:
                var nul = Encoding.UTF8.GetBytes(text).ToList();
                nul.Insert(Random.Next(nul.Count), 0);
                return new("UTF-8 with a NUL byte", [.. nul], "unreadable_encoding");
        }
    }

    public Attack WrongExtension(string id)
    {
        var others = context.Ids(o => o != id);
        var other = context.Pick(others);
        var content = Valid(other, withUmlaut: false);
        return new($"a {context.Format(other).ToUpperInvariant()} delivery of '{other}' named {context.Extension(id)}", content);
    }

    /// <summary>A small valid delivery of <paramref name="id"/> (a few clean rows); with an umlaut in it for the encoding attacks.</summary>
    private byte[] Valid(string id, bool withUmlaut)
    {
        if (context.Format(id) == "json")
        {
            var records = json.Records();
            if (withUmlaut)
            {
                records[0]["caseId"] = "NRM-Müller-Straße";
            }

            return json.Write(records);
        }

        // An aggregate return's slice is its whole table; one row less keeps it from being the clean file itself.
        var table = context.IsAggregate(id) ? context.Clean.Table(id).Window(Random, context.Clean.Table(id).Rows.Count - 1) : context.Slice(id);
        if (withUmlaut && table.Rows.Count > 0)
        {
            table.Rows[0][0] = CsvBytes.Cell(table.Rows[0][0]) + "-Müller-Straße";
        }

        return context.Encode(id, table);
    }
}
