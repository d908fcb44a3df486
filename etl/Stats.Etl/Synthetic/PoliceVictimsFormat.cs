using System.Globalization;

namespace Stats.Etl.Synthetic;

/// <summary>Rows of the police-victims contract (';', dd.MM.yyyy) and of the raw file the police holds before pseudonymisation.</summary>
internal static class PoliceVictimsFormat
{
    public const char Delimiter = ';';

    public static readonly string[] Header =
        ["case_ref", "person_pseudonym", "detected_on", "identified_on", "victim_category", "gender", "age", "nationality", "district_nuts",
         "exploitation", "sector", "cross_border"];

    /// <summary>The raw layout: the five quasi-identifiers where the key will go; gender doubles as the sex quasi-identifier.</summary>
    public static readonly string[] RawHeader =
        ["case_ref", "surname", "given_name", "date_of_birth", "country_of_birth", "detected_on", "identified_on", "victim_category", "gender",
         "age", "nationality", "district_nuts", "exploitation", "sector", "cross_border"];

    public static string Date(DateOnly date) => date.ToString("dd.MM.yyyy", CultureInfo.InvariantCulture);

    public static string[] Row(VictimRegistration r)
    {
        var p = r.Person;
        return
        [
            r.RecordId, r.LinkageKey, Date(r.RegisteredOn), r.IdentifiedOn is { } identified ? Date(identified) : string.Empty,
            AgencyCodes.PoliceStatus[r.Status], AgencyCodes.PoliceSex(p.Sex), p.Age.ToString(CultureInfo.InvariantCulture),
            p.Citizenship ?? string.Empty, p.Region, string.Join('|', p.Forms.Select(f => AgencyCodes.PoliceForm[f])), p.LabourSector ?? string.Empty,
            AgencyCodes.PoliceCrossBorder(p.TraffickingType),
        ];
    }

    public static string[] RawRow(VictimRegistration r)
    {
        var row = Row(r);
        return [row[0], r.Recorded.Surname, r.Recorded.GivenName, r.Recorded.DateOfBirth, r.Recorded.CountryOfBirth, .. row[2..]];
    }
}
