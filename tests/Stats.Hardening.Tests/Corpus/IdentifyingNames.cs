namespace Stats.Hardening.Tests.Corpus;

/// <summary>
/// Names under which an agency's export may carry a direct identifier: the usual spellings and their case, spacing,
/// punctuation and Unicode variants (full-width letters, a zero-width space, a non-breaking hyphen), and the German,
/// French, Spanish and Italian words. Every one must be refused as identifying_column.
/// </summary>
internal static class IdentifyingNames
{
    public static readonly IReadOnlyList<string> All =
    [
        "Nachname", "NACHNAME", "nach_name", "surname_", "Surname", " full name ", "Full-Name", "fullName", "e-mail", "E-Mail", "EMAIL_ADDRESS",
        "Vorname", "first name", "First_Name", "Last Name", "lastName", "Familienname", "Geburtsname", "Mädchenname", "Prénom", "Nom", "Apellido",
        "Name", "NAME", "name ", "Ｎａｍｅ", "Nach\u200Bname", "E\u2011Mail", "Geburtsdatum", "date_of_birth", "Date Of Birth", "DOB", "birth-date",
        "Geburtstag", "Adresse", "Straße", "street_address", "Anschrift", "Postleitzahl", "PLZ", "Hausnummer", "Telefon", "Telefonnummer",
        "Mobile Number", "Handynummer", "phone", "Passport No", "Reisepassnummer", "SVNR", "Sozialversicherungsnummer", "SV-Nummer", "national_id",
        "ID Number", "Personalausweisnummer", "Steuer-ID", "IBAN", "Bemerkung", "Anmerkung", "Kommentar", "Notes", "Freitext", "Free text",
        "IP address", "person.lastName", "kontakt.email",
    ];

    public static string Pick(Random random) => All[random.Next(All.Count)];

    /// <summary>A plausible value for the column (synthetic; never a real person).</summary>
    public static string Value(Random random) =>
        new[] { "Muster", "Beispiel", "Erika Mustermann", "max@example.invalid", "+43 1 0000000", "1970-01-01", "Musterstraße 1" }[random.Next(7)];
}
