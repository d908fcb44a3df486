using System.Globalization;
using System.Text;
using Stats.Core.Linkage;

namespace Stats.Etl.Synthetic;

/// <summary>
/// How an agency's system records a person's quasi-identifiers: its own sex spelling and date format, and on a
/// repeat registration the kind of drift real systems show (case, lost diacritics, hyphens as spaces, stray
/// spaces, alpha-3 country codes). Every variant is one the normaliser must fold back to the same key; spellings
/// it deliberately does not fold (ü ↔ ue) are never produced.
/// </summary>
internal static class SpellingVariants
{
    public static QuasiIdentifiers Record(SyntheticPerson person, string agency, bool vary, Random random) => new(
        vary ? VaryName(person.Surname, random) : person.Surname,
        vary ? VaryName(person.GivenName, random) : person.GivenName,
        FormatDate(person.DateOfBirth, agency, random),
        SexSpelling(person.Sex, agency),
        CountrySpelling(person.CountryOfBirth, vary, random));

    public static string SexSpelling(string sex, string agency) => (agency, sex) switch
    {
        ("POL", "F") => "w",
        ("POL", "M") => "m",
        ("POL", "X") => "d",
        ("POL", _) => "u",
        ("NRM", "F") => "female",
        ("NRM", "M") => "male",
        ("NRM", "X") => "other",
        ("NRM", _) => "unknown",
        (_, "F") => "Feminine",
        (_, "M") => "Masculine",
        (_, "X") => "NonConforming",
        _ => "NonSpecifiedUnknown",
    };

    private static string FormatDate(DateOnly date, string agency, Random random)
    {
        var format = agency switch
        {
            "POL" => random.Weighted<string>([("dd.MM.yyyy", 6), ("d.M.yyyy", 2), ("yyyy-MM-dd", 2)]),
            "NRM" => random.Weighted<string>([("yyyy-MM-dd", 6), ("yyyy-MM-dd+T00:00:00", 4)]),
            _ => random.Weighted<string>([("dd/MM/yyyy", 5), ("yyyyMMdd", 5)]),
        };
        // DateOnly cannot format a time: the NRM's ISO timestamps get their midnight appended.
        return format.EndsWith("+T00:00:00", StringComparison.Ordinal)
            ? date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) + "T00:00:00"
            : date.ToString(format, CultureInfo.InvariantCulture);
    }

    private static string CountrySpelling(string country, bool vary, Random random)
    {
        if (country == "UNK")
        {
            return random.Pick<string>(["", "unknown", "XXX"]);
        }

        var code = vary && random.Chance(0.4) ? NamePools.Alpha3(country) : country;
        return vary && random.Chance(0.2) ? code.ToLowerInvariant() : code;
    }

    private static string VaryName(string name, Random random)
    {
        var result = name;
        var changes = 1 + random.Next(2);
        for (var i = 0; i < changes; i++)
        {
            result = random.Next(6) switch
            {
                0 => result.ToUpperInvariant(),
                1 => result.ToLowerInvariant(),
                2 => StripDiacritics(result),
                3 => result.Replace('-', ' ').Replace('\'', ' '),
                4 => string.Concat("  ", result.Replace(" ", "  ", StringComparison.Ordinal), " "),
                _ => result.Replace(' ', '-'),
            };
        }

        return result;
    }

    /// <summary>What a system without diacritics stores: marks removed, the non-decomposing letters spelled out.</summary>
    private static string StripDiacritics(string name)
    {
        var builder = new StringBuilder(name.Length + 2);
        foreach (var c in name.Normalize(NormalizationForm.FormD))
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark)
            {
                continue;
            }

            builder.Append(c switch
            {
                'ß' => "ss",
                'ł' => "l",
                'Ł' => "L",
                'ø' => "o",
                'Ø' => "O",
                'æ' => "ae",
                'Æ' => "Ae",
                'œ' => "oe",
                'đ' or 'ð' => "d",
                'Đ' or 'Ð' => "D",
                'ı' => "i",
                'þ' => "th",
                'Þ' => "Th",
                _ => c.ToString(),
            });
        }

        return builder.ToString().Normalize(NormalizationForm.FormC);
    }
}
