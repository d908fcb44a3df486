namespace Stats.Etl.Pseudonymisation;

/// <summary>
/// Finds the five quasi-identifier columns in a header. Each has a list of usual names (matched case-insensitively);
/// exactly one of them must be present unless the request names the column.
/// </summary>
internal sealed record QuasiIdentifierColumns(int Surname, int GivenName, int DateOfBirth, int Sex, int CountryOfBirth)
{
    internal static readonly string[] SurnameNames = ["surname", "last_name", "lastname", "family_name", "nachname"];
    internal static readonly string[] GivenNameNames = ["given_name", "first_name", "firstname", "forename", "vorname"];
    internal static readonly string[] DateOfBirthNames = ["date_of_birth", "birth_date", "birthdate", "dob", "geburtsdatum"];
    internal static readonly string[] SexNames = ["sex", "gender", "geschlecht"];
    internal static readonly string[] CountryOfBirthNames = ["country_of_birth", "birth_country", "geburtsland"];

    public IEnumerable<int> Dropped(bool keepSex) =>
        keepSex ? [Surname, GivenName, DateOfBirth, CountryOfBirth] : [Surname, GivenName, DateOfBirth, Sex, CountryOfBirth];

    public static QuasiIdentifierColumns Resolve(IReadOnlyList<string> header, PseudonymiseRequest request) => new(
        Find(header, "surname", request.SurnameColumn, SurnameNames),
        Find(header, "given name", request.GivenNameColumn, GivenNameNames),
        Find(header, "date of birth", request.DateOfBirthColumn, DateOfBirthNames),
        Find(header, "sex", request.SexColumn, SexNames),
        Find(header, "country of birth", request.CountryOfBirthColumn, CountryOfBirthNames));

    private static int Find(IReadOnlyList<string> header, string what, string? named, string[] usualNames)
    {
        if (named is not null)
        {
            var index = IndexOf(header, named);
            return index >= 0
                ? index
                : throw new PseudonymisationException($"The input has no column '{named}' (named as the {what} column).");
        }

        var found = usualNames.Select(name => IndexOf(header, name)).Where(i => i >= 0).Distinct().ToList();
        return found.Count switch
        {
            1 => found[0],
            0 => throw new PseudonymisationException(
                $"The input has no {what} column (looked for: {string.Join(", ", usualNames)}); name it explicitly."),
            _ => throw new PseudonymisationException(
                $"The input has several possible {what} columns ({string.Join(", ", found.Select(i => header[i]))}); name the one to use."),
        };
    }

    private static int IndexOf(IReadOnlyList<string> header, string name)
    {
        for (var i = 0; i < header.Count; i++)
        {
            if (string.Equals(header[i].Trim(), name, StringComparison.OrdinalIgnoreCase))
            {
                return i;
            }
        }

        return -1;
    }
}
