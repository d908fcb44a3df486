using Stats.Core.Canonical;

namespace Stats.Hardening.Tests.Corpus;

/// <summary>
/// Values that break a row rule of a column whatever its contract's code map or date format: so a corpus file whose
/// every row carries one loads nothing (each row quarantined with its rule) and nothing of it can reach a figure.
/// </summary>
internal static class RowBreaker
{
    private static readonly string[] Keys = ["not-a-key", "ABCDEF0123456789", "0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdeg"];
    private static readonly string[] Dates = ["31.02.2025", "2025-02-30", "45.13.2025", "gestern", "0000-00-00", "2099-12-31", "31.12.2099", "2025-1-1x"];
    private static readonly string[] Codes = ["zz-unknown", "Ｆ", "F;M;X;Y", "null", "N/A?", "sexual_exploitation_of_the_moon"];
    private static readonly string[] Integers = ["zwölf", "1e3", "12.5", "0x1F", "999999999999", "٣", "1 000"];
    private static readonly string[] Decimals = ["1,5", "zwölf", "1.2.3", "NaN", "∞"];
    private static readonly string[] Booleans = ["vielleicht", "2", "ja-nein", "tru"];

    /// <summary>
    /// A value breaking a rule of <paramref name="column"/>; with <paramref name="payload"/> always a CSV injection payload.
    /// Free text (record and case ids) has one rule only, formula_text, so it always gets a payload.
    /// </summary>
    public static string Break(ColumnInfo column, Random random, bool payload)
    {
        if (payload || column.Type == FieldType.Text || random.Next(5) == 0)
        {
            return InjectionPayloads.Pick(random);
        }

        if (column.Required && random.Next(6) == 0)
        {
            return string.Empty;
        }

        var pool = column.Type switch
        {
            FieldType.LinkageKey => Keys,
            FieldType.Date => Dates,
            FieldType.Integer => Integers,
            FieldType.Decimal => Decimals,
            FieldType.Boolean => Booleans,
            _ => Codes,
        };
        return pool[random.Next(pool.Length)];
    }
}
