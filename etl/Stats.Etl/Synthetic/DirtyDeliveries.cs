using System.Globalization;
using System.Text;

namespace Stats.Etl.Synthetic;

/// <summary>Deliveries that intake must refuse whole, one per refusal reason, built from the clean ones.</summary>
internal static class DirtyDeliveries
{
    /// <summary>Police victims with an extra first_name column (given names as the police recorded them).</summary>
    public static byte[] WithFirstName(IReadOnlyList<VictimRegistration> police)
    {
        string[] header = [.. PoliceVictimsFormat.Header[..2], "first_name", .. PoliceVictimsFormat.Header[2..]];
        var rows = police.Take(20).Select(r =>
        {
            var row = PoliceVictimsFormat.Row(r);
            return (IReadOnlyList<string>)[.. row[..2], r.Recorded.GivenName, .. row[2..]];
        });
        return CsvText.Utf8.GetBytes(CsvText.Build(header, rows, PoliceVictimsFormat.Delimiter));
    }

    /// <summary>Prosecution persons with a column the contract does not know.</summary>
    public static byte[] WithPriorityFlag(IReadOnlyList<string[]> prosecutionRows)
    {
        string[] header = [.. JusticeFormats.ProsecutionHeader, "priority_flag"];
        var rows = prosecutionRows.Select((r, i) => (IReadOnlyList<string>)[.. r, i % 3 == 0 ? "high" : "normal"]);
        return CsvText.Utf8.GetBytes(CsvText.Build(header, rows, ','));
    }

    /// <summary>Court decisions without the required Urteilsdatum column.</summary>
    public static byte[] WithoutDecisionDate(IReadOnlyList<Dictionary<string, object?>> courtRows, string sheet) =>
        XlsxFile.Build(sheet, [.. JusticeFormats.CourtsHeader.Where(c => c != "Urteilsdatum")], [.. courtRows.Select(r => r.Where(kv => kv.Key != "Urteilsdatum").ToDictionary(kv => kv.Key, kv => kv.Value, StringComparer.Ordinal))]);

    /// <summary>Identification decisions with the first row's "Kinder positiv" written out as a word: neither a number nor a censoring token.</summary>
    public static byte[] WithCountInWords(IReadOnlyList<string[]> decisionRows)
    {
        var column = Array.IndexOf(IdentificationDecisionsFormat.Header, "Kinder positiv");
        var rows = decisionRows.Select((r, i) => (IReadOnlyList<string>)[.. r.Select((v, j) => i == 0 && j == column ? "zwölf" : v)]);
        return CsvText.Utf8.GetBytes(CsvText.Build(IdentificationDecisionsFormat.Header, rows, IdentificationDecisionsFormat.Delimiter));
    }

    /// <summary>Identification decisions without the contract's "Kinder negativ" column.</summary>
    public static byte[] WithoutChildrenNegative(IReadOnlyList<string[]> decisionRows)
    {
        var column = Array.IndexOf(IdentificationDecisionsFormat.Header, "Kinder negativ");
        string[] header = [.. IdentificationDecisionsFormat.Header.Where((_, j) => j != column)];
        var rows = decisionRows.Select(r => (IReadOnlyList<string>)[.. r.Where((_, j) => j != column)]);
        return CsvText.Utf8.GetBytes(CsvText.Build(header, rows, IdentificationDecisionsFormat.Delimiter));
    }

    /// <summary>NGO rows exported as Windows-1252: the Ü of the case ids (byte 0xDC before a letter) is not valid UTF-8.</summary>
    public static byte[] AsWindows1252(IReadOnlyList<string[]> ngoRows, int year)
    {
        var rows = ngoRows.Take(12).Select((r, i) =>
        {
            var row = (string[])r.Clone();
            row[0] = string.Create(CultureInfo.InvariantCulture, $"GRÜN-{year}-{i + 1:D4}");
            return (IReadOnlyList<string>)row;
        });

        // Latin-1 and Windows-1252 agree on every character written here (ASCII and Ü = 0xDC).
        return Encoding.Latin1.GetBytes(CsvText.Build(NgoFormat.Header, rows, NgoFormat.Delimiter));
    }

    /// <summary>The clean NRM file cut about half-way, at an ASCII byte so that only the JSON (not the UTF-8) is broken.</summary>
    public static byte[] Truncated(byte[] json)
    {
        var cut = json.Length / 2;
        while (cut > 1 && json[cut - 1] >= 0x80)
        {
            cut--;
        }

        return json[..cut];
    }
}
