using System.Globalization;
using System.Text;

namespace Stats.Core.Privacy;

/// <summary>
/// Recognises column names that identify a person directly (domain.md §5: names, exact birth dates,
/// addresses, phone numbers, e-mails, national ids, free text). A delivery carrying one is refused whole,
/// and the agency-side pseudonymiser drops them. Matching is on the name folded to lower-case letters and
/// digits, so "First Name", "first_name" and "FirstName" are the same; short words must match exactly
/// (so "name" catches "Name" but not "org_Name"), longer ones anywhere in the name.
/// </summary>
public static class IdentifyingColumns
{
    private static readonly (string Pattern, string Kind)[] Anywhere =
    [
        ("firstname", "name"), ("lastname", "name"), ("surname", "name"), ("givenname", "name"), ("forename", "name"),
        ("fullname", "name"), ("middlename", "name"), ("secondname", "name"), ("maidenname", "name"), ("familyname", "name"),
        ("personname", "name"), ("nachname", "name"), ("vorname", "name"), ("salutation", "name"),
        ("familienname", "name"), ("geburtsname", "name"), ("madchenname", "name"), ("rufname", "name"), ("nickname", "name"),
        ("spitzname", "name"), ("prenom", "name"), ("apellido", "name"), ("cognome", "name"),
        ("birthdate", "exact birth date"), ("dateofbirth", "exact birth date"), ("birthday", "exact birth date"),
        ("geburtsdatum", "exact birth date"), ("geburtstag", "exact birth date"),
        ("address", "address"), ("street", "address"), ("postalcode", "address"), ("postcode", "address"),
        ("zipcode", "address"), ("mailing", "address"), ("adresse", "address"), ("strasse", "address"),
        ("anschrift", "address"), ("postleitzahl", "address"), ("hausnummer", "address"),
        ("phone", "phone number"), ("mobile", "phone number"), ("telefon", "phone number"), ("telefax", "phone number"),
        ("handy", "phone number"),
        ("email", "e-mail"),
        ("nationalid", "national id"), ("identitynumber", "national id"), ("idnumber", "national id"),
        ("socialsecurity", "national id"), ("passport", "national id"), ("personalnumber", "national id"), ("taxid", "national id"),
        ("sozialversicherungsn", "national id"), ("svnummer", "national id"), ("reisepass", "national id"),
        ("personalausweis", "national id"), ("ausweisnummer", "national id"), ("ausweisnr", "national id"),
        ("steuernummer", "national id"), ("steuerid", "national id"), ("kontonummer", "national id"),
        ("comment", "free text"), ("remark", "free text"), ("description", "free text"), ("narrative", "free text"),
        ("details", "free text"), ("freetext", "free text"), ("bemerkung", "free text"), ("notes", "free text"),
        ("kommentar", "free text"), ("anmerkung", "free text"), ("freitext", "free text"), ("beschreibung", "free text"),
    ];

    private static readonly (string Pattern, string Kind)[] Exactly =
    [
        ("name", "name"), ("dob", "exact birth date"), ("zip", "address"), ("tel", "phone number"), ("fax", "phone number"),
        ("mail", "e-mail"), ("ssn", "national id"), ("nin", "national id"), ("svnr", "national id"), ("note", "free text"),
        ("text", "free text"), ("ip", "network address"), ("ipaddress", "network address"),
        ("plz", "address"), ("iban", "national id"), ("nom", "name"), ("nombre", "name"), ("mobil", "phone number"),
    ];

    /// <summary>Returns what kind of identifier the column name denotes, or null when it does not look identifying.</summary>
    public static string? Classify(string columnName)
    {
        ArgumentNullException.ThrowIfNull(columnName);
        var folded = Fold(columnName);
        if (folded.Length == 0)
        {
            return null;
        }

        foreach (var (pattern, kind) in Exactly)
        {
            if (string.Equals(folded, pattern, StringComparison.Ordinal))
            {
                return kind;
            }
        }

        foreach (var (pattern, kind) in Anywhere)
        {
            if (folded.Contains(pattern, StringComparison.Ordinal))
            {
                return kind;
            }
        }

        return null;
    }

    public static bool IsIdentifying(string columnName) => Classify(columnName) is not null;

    private static string Fold(string name)
    {
        var builder = new StringBuilder(name.Length);
        foreach (var c in name.Normalize(NormalizationForm.FormKD))
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark)
            {
                continue;
            }

            if (char.IsAsciiLetterOrDigit(c))
            {
                builder.Append(char.ToLowerInvariant(c));
            }
            else if (c == 'ß')
            {
                builder.Append("ss");
            }
        }

        return builder.ToString();
    }
}
