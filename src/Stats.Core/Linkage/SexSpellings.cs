using System.Collections.Frozen;
using System.Globalization;
using System.Text;

namespace Stats.Core.Linkage;

/// <summary>
/// Spellings of sex found in agency exports (English, German, HTCDS, ISO/IEC 5218 digits), matched after trimming,
/// lower-casing and removing diacritics. An unknown spelling is an error, not UNK: guessing would change keys silently.
/// </summary>
internal static class SexSpellings
{
    private static readonly FrozenDictionary<string, string> Codes = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["f"] = "F", ["female"] = "F", ["w"] = "F", ["weiblich"] = "F", ["feminine"] = "F", ["frau"] = "F", ["woman"] = "F",
        ["transgenderfeminine"] = "F", ["2"] = "F",
        ["m"] = "M", ["male"] = "M", ["mannlich"] = "M", ["maennlich"] = "M", ["masculine"] = "M", ["mann"] = "M", ["man"] = "M",
        ["transgendermasculine"] = "M", ["1"] = "M",
        ["x"] = "X", ["d"] = "X", ["divers"] = "X", ["diverse"] = "X", ["other"] = "X", ["nonbinary"] = "X", ["non-binary"] = "X",
        ["nonconforming"] = "X", ["inter"] = "X", ["offen"] = "X",
        ["u"] = "UNK", ["unk"] = "UNK", ["unknown"] = "UNK", ["unbekannt"] = "UNK", [string.Empty] = "UNK", ["n/a"] = "UNK",
        ["na"] = "UNK", ["?"] = "UNK", ["nonspecifiedunknown"] = "UNK", ["not specified"] = "UNK", ["0"] = "UNK", ["9"] = "UNK",
    }.ToFrozenDictionary(StringComparer.Ordinal);

    public static string Normalise(string raw)
    {
        var folded = Fold(raw);
        return Codes.TryGetValue(folded, out var code)
            ? code
            : throw new FormatException(
                $"A sex value shaped '{ValueShape.Of(raw.Trim())}' is not a known spelling (e.g. F/M/X/UNK, female/male/other/unknown, w/m/d/u, weiblich/männlich/divers/unbekannt).");
    }

    private static string Fold(string raw)
    {
        var builder = new StringBuilder(raw.Length);
        foreach (var c in raw.Trim().Normalize(NormalizationForm.FormKD))
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark)
            {
                builder.Append(char.ToLowerInvariant(c));
            }
        }

        return builder.ToString();
    }
}
