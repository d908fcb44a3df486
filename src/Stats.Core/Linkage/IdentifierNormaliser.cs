using System.Globalization;
using System.Text;

namespace Stats.Core.Linkage;

/// <summary>
/// Brings quasi-identifiers to one canonical spelling so that every agency derives the same linkage key for the
/// same person. Names lose diacritics (NFKD, plus the letters that do not decompose: ß→SS, Ł→L, Ø→O, Æ→AE, Œ→OE,
/// Đ/Ð→D, ı→I, Þ→TH, Ħ→H) and are upper-cased; "Müller" becomes MULLER while the transliteration "Mueller" stays
/// MUELLER, because ue/ü cannot be told apart mechanically ("Manuel", "Samuel"): agencies record the passport spelling.
/// Letters of other scripts (Greek, Cyrillic, …) are kept, upper-cased, not transliterated. Error messages describe
/// the shape of a value (digits as 9, letters as A), never the value, so that no personal data reaches a log.
/// </summary>
public static class IdentifierNormaliser
{
    /// <summary>Upper-case letters and digits separated by single spaces; all punctuation (hyphens, apostrophes, dots) becomes a space.</summary>
    public static string NormaliseName(string raw)
    {
        ArgumentNullException.ThrowIfNull(raw);
        var decomposed = ReplaceSpecialLetters(raw).Normalize(NormalizationForm.FormKD);
        var builder = new StringBuilder(decomposed.Length);
        var pendingSpace = false;
        foreach (var c in decomposed)
        {
            var category = CharUnicodeInfo.GetUnicodeCategory(c);
            if (category is UnicodeCategory.NonSpacingMark or UnicodeCategory.EnclosingMark or UnicodeCategory.SpacingCombiningMark
                or UnicodeCategory.Format)
            {
                continue;
            }

            if (char.IsLetterOrDigit(c))
            {
                if (pendingSpace && builder.Length > 0)
                {
                    builder.Append(' ');
                }

                pendingSpace = false;
                builder.Append(char.ToUpperInvariant(c));
            }
            else
            {
                pendingSpace = true;
            }
        }

        // Upper-casing can recompose nothing, but a few letters (e.g. final sigma) change form; NFC keeps output stable.
        return builder.ToString().Normalize(NormalizationForm.FormC);
    }

    /// <summary>Returns the date as yyyy-MM-dd; accepts yyyy-MM-dd, dd.MM.yyyy, d.M.yyyy, dd/MM/yyyy, yyyyMMdd and ISO 8601 with a time.</summary>
    /// <exception cref="FormatException">The value has another shape or is not a calendar date.</exception>
    public static string NormaliseDate(string raw)
    {
        ArgumentNullException.ThrowIfNull(raw);
        return BirthDateParser.Parse(raw).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
    }

    /// <summary>Returns F, M, X or UNK.</summary>
    /// <exception cref="FormatException">The spelling is not one of the known ones.</exception>
    public static string NormaliseSex(string raw)
    {
        ArgumentNullException.ThrowIfNull(raw);
        return SexSpellings.Normalise(raw);
    }

    /// <summary>Returns the ISO 3166 alpha-2 code (upper case), mapping alpha-3 codes; empty or unknown spellings give UNK.</summary>
    /// <exception cref="FormatException">The value is neither an alpha-2 nor a known alpha-3 code.</exception>
    public static string NormaliseCountry(string raw)
    {
        ArgumentNullException.ThrowIfNull(raw);
        return CountryCodes.Normalise(raw);
    }

    private static string ReplaceSpecialLetters(string raw)
    {
        var builder = new StringBuilder(raw.Length + 4);
        foreach (var c in raw)
        {
            builder.Append(c switch
            {
                'ß' => "ss",
                'ẞ' => "SS",
                'Ł' => "L",
                'ł' => "l",
                'Ø' => "O",
                'ø' => "o",
                'Æ' => "AE",
                'æ' => "ae",
                'Œ' => "OE",
                'œ' => "oe",
                'Đ' or 'Ð' => "D",
                'đ' or 'ð' => "d",
                'ı' => "i",
                'Þ' => "TH",
                'þ' => "th",
                'Ħ' => "H",
                'ħ' => "h",
                _ => c.ToString(),
            });
        }

        return builder.ToString();
    }
}
