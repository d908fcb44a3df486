using System.Globalization;

namespace Stats.Etl.Synthetic;

/// <summary>Rows of the three justice contracts: police-suspects (';', dd.MM.yyyy), prosecution-persons (',', ISO) and courts-decisions (XLSX cells).</summary>
internal static class JusticeFormats
{
    public static readonly string[] SuspectsHeader = ["case_ref", "suspect_pseudonym", "registered_on", "gender", "age", "nationality", "offence_form"];

    public static readonly string[] ProsecutionHeader = ["file_no", "accused_pseudonym", "indicted_on", "sex", "age_at_offence", "citizenship", "charge_form"];

    public static readonly string[] CourtsHeader =
        ["Aktenzeichen", "Personen-ID", "Anklagedatum", "Urteilsdatum", "Urteil", "Rechtskräftig", "Geschlecht", "Alter", "Staatsangehörigkeit",
         "Ausbeutungsform", "Strafart", "Strafmonate", "Entschädigung_EUR"];

    public static IEnumerable<(JusticeCase Case, CaseSuspect Suspect)> Ordered(IEnumerable<JusticeCase> cases, Func<CaseSuspect, DateOnly?> date) =>
        cases.SelectMany(c => c.Suspects.Select(s => (Case: c, Suspect: s)))
            .Where(x => date(x.Suspect) is not null)
            .OrderBy(x => date(x.Suspect))
            .ThenBy(x => x.Case.Number)
            .ThenBy(x => x.Suspect.Offender.Number);

    public static string[] SuspectRow(JusticeCase c, CaseSuspect s) =>
    [
        c.PoliceRef, s.Offender.Key, PoliceVictimsFormat.Date(s.SuspectedOn), AgencyCodes.PoliceSex(s.Offender.Sex),
        Age(s.Offender), s.Offender.Citizenship, AgencyCodes.PoliceForm[c.Form],
    ];

    public static string[] ProsecutionRow(JusticeCase c, CaseSuspect s) =>
    [
        c.ProsecutionFileNo, s.Offender.Key, s.IndictedOn!.Value.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), s.Offender.Sex,
        Age(s.Offender), s.Offender.Citizenship, AgencyCodes.PoliceForm[c.Form],
    ];

    /// <summary>Dates as real date cells (DateTime), numbers as numeric cells, absent values as empty cells.</summary>
    public static Dictionary<string, object?> CourtRow(JusticeCase c, CaseSuspect s)
    {
        var d = s.Decision!;
        return new Dictionary<string, object?>(StringComparer.Ordinal)
        {
            ["Aktenzeichen"] = c.CourtFileNo,
            ["Personen-ID"] = s.Offender.Key,
            ["Anklagedatum"] = s.IndictedOn!.Value.ToDateTime(TimeOnly.MinValue),
            ["Urteilsdatum"] = d.Date.ToDateTime(TimeOnly.MinValue),
            ["Urteil"] = d.Stage == "PER_CNV" ? "schuldig" : "freispruch",
            ["Rechtskräftig"] = d.IsFinal ? "ja" : "nein",
            ["Geschlecht"] = AgencyCodes.CourtSex[s.Offender.Sex],
            ["Alter"] = s.Offender.Age,
            ["Staatsangehörigkeit"] = s.Offender.Citizenship,
            ["Ausbeutungsform"] = AgencyCodes.CourtForm[c.Form],
            ["Strafart"] = d.SentenceType is { } type ? AgencyCodes.CourtSentence[type] : null,
            ["Strafmonate"] = d.SentenceMonths,
            ["Entschädigung_EUR"] = d.CompensationEur,
        };
    }

    private static string Age(Offender offender) => offender.Age.ToString(CultureInfo.InvariantCulture);
}
