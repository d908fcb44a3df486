namespace Stats.Etl.Synthetic;

/// <summary>
/// Weights behind the synthetic population, set after the published EU figures of domain.md §10: about 63 % female,
/// 19 % children, 37–41 % citizens of the reporting country, sexual ≈ labour exploitation > other forms.
/// </summary>
internal static class Distributions
{
    public static readonly (string, double)[] Sex = [("F", 63), ("M", 34), ("X", 1), ("UNK", 2)];

    public static readonly ((int Min, int Max), double)[] AgeBands =
        [((4, 11), 3), ((12, 17), 16), ((18, 24), 27), ((25, 34), 26), ((35, 44), 15), ((45, 54), 8), ((55, 68), 5)];

    public static readonly (string, double)[] CitizenshipGroup = [("NAT", 40), ("EU_FOR", 25), ("NEU_FOR", 32), ("UNK", 3)];

    public static readonly (string, double)[] EuCountries =
        [("RO", 30), ("BG", 20), ("HU", 15), ("SK", 9), ("PL", 7), ("CZ", 3), ("HR", 3), ("SI", 2), ("DE", 4), ("IT", 3), ("FR", 2), ("DK", 2)];

    public static readonly (string, double)[] NonEuCountries =
        [("NG", 22), ("RS", 10), ("UA", 10), ("MD", 8), ("CN", 8), ("BA", 6), ("TR", 6), ("TH", 4), ("PH", 4), ("VN", 4), ("BR", 4),
         ("MA", 4), ("SY", 3), ("AF", 3), ("DO", 2), ("VE", 1), ("NO", 1), ("IS", 1)];

    /// <summary>Name origin of Austrian citizens (country of the name pool).</summary>
    public static readonly (string, double)[] AustrianNameOrigin = [("AT", 82), ("TR", 6), ("BA", 4), ("RS", 4), ("DE", 4)];

    public static readonly (string, double)[] FemaleForms =
        [("SEX", 55), ("LAB", 20), ("DOM", 7), ("CRIM", 4), ("BEG", 4), ("MAR", 4), ("ADO", 0.5), ("SUR", 1), ("ORG", 0.5), ("OTH", 2), ("UNK", 2)];

    public static readonly (string, double)[] MaleForms =
        [("SEX", 8), ("LAB", 60), ("DOM", 3), ("CRIM", 10), ("BEG", 7), ("MAR", 0.5), ("ORG", 1.5), ("OTH", 5), ("UNK", 5)];

    public static readonly (string, double)[] OtherForms = [("SEX", 40), ("LAB", 35), ("CRIM", 8), ("BEG", 5), ("OTH", 7), ("UNK", 5)];

    public static readonly string[] SecondForms = ["SEX", "LAB", "DOM", "CRIM", "BEG", "OTH"];

    /// <summary>Main-form precedence of sql/seeds/exploitation_form.csv.</summary>
    public static readonly string[] FormPrecedence = ["SEX", "LAB", "DOM", "CRIM", "BEG", "MAR", "ADO", "SUR", "ORG", "OTH", "UNK"];

    public static readonly (string, double)[] LabourSectors =
        [("A", 20), ("C", 10), ("F", 20), ("I", 20), ("G", 5), ("H", 8), ("N", 7), ("S", 5), ("T", 5)];

    /// <summary>NUTS 3 regions of Austria (sql/seeds/region.csv), weighted towards Vienna and the big cities.</summary>
    public static readonly (string, double)[] Regions =
        [("AT130", 35), ("AT221", 8), ("AT312", 8), ("AT323", 6), ("AT332", 5), ("AT211", 4), ("AT127", 5), ("AT126", 4), ("AT123", 3),
         ("AT112", 4), ("AT111", 0.5), ("AT113", 0.5), ("AT121", 1), ("AT122", 1), ("AT124", 0.5), ("AT125", 1), ("AT212", 0.5),
         ("AT213", 0.5), ("AT222", 0.5), ("AT223", 0.5), ("AT224", 0.5), ("AT225", 0.5), ("AT226", 0.5), ("AT311", 1), ("AT313", 0.5),
         ("AT314", 0.5), ("AT315", 1), ("AT321", 0.3), ("AT322", 1), ("AT331", 0.3), ("AT333", 0.3), ("AT334", 0.5), ("AT335", 1.5),
         ("AT341", 0.5), ("AT342", 2)];

    public static readonly (string, double)[] HomeAgency = [("POL", 42), ("NRM", 36), ("NGO1", 22)];

    public static readonly (string[], double)[] AgencyPairs = [(["POL", "NRM"], 50), (["NRM", "NGO1"], 30), (["POL", "NGO1"], 20)];

    public static (string, double)[] Status(string agency) => agency switch
    {
        "POL" => [("REF", 40), ("PRES", 15), ("IDENT", 45)],
        "NRM" => [("REF", 15), ("PRES", 35), ("IDENT", 50)],
        _ => [("REF", 8), ("PRES", 72), ("IDENT", 20)],
    };

    /// <summary>Relative registrations per month (more in the summer season), scaled per seed.</summary>
    public static readonly double[] MonthWeights = [0.8, 0.85, 0.95, 1.0, 1.05, 1.1, 1.2, 1.15, 1.05, 1.0, 0.95, 0.8];

    public static readonly (string, double)[] OffenderSex = [("M", 75), ("F", 23), ("UNK", 2)];

    public static readonly (string, double)[] OffenderCitizenship =
        [("AT", 35), ("RO", 9), ("BG", 7), ("HU", 6), ("SK", 3), ("NG", 9), ("RS", 7), ("CN", 5), ("TR", 6), ("UA", 4), ("BA", 4), ("MD", 3), ("DE", 2)];

    public static readonly (string, double)[] CaseForms =
        [("SEX", 45), ("LAB", 33), ("DOM", 3), ("CRIM", 6), ("BEG", 5), ("MAR", 2), ("OTH", 4), ("UNK", 2)];
}
