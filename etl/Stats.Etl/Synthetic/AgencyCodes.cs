namespace Stats.Etl.Synthetic;

/// <summary>
/// Canonical codes spelled the way each agency delivers them: the inverse of the "codes" maps in etl/contracts
/// (where a contract maps several spellings to one code, the first listed is used).
/// </summary>
internal static class AgencyCodes
{
    public static readonly Dictionary<string, string> PoliceForm = Map(
        "SEX sexual", "LAB labour", "DOM domestic", "CRIM criminal", "BEG begging", "MAR marriage", "ADO adoption", "SUR surrogacy",
        "ORG organs", "OTH other", "UNK unknown");

    public static readonly Dictionary<string, string> NrmForm = Map(
        "SEX sexual_exploitation", "LAB forced_labour", "DOM domestic_servitude", "CRIM forced_criminality", "BEG forced_begging",
        "MAR forced_marriage", "ADO illegal_adoption", "SUR surrogacy", "ORG organ_removal", "OTH other", "UNK unknown");

    public static readonly Dictionary<string, string> NgoForm = Map(
        "SEX SexualExploitation", "LAB ForcedLabour", "DOM Servitude", "BEG ForcedBegging", "MAR ForcedMarriage", "ADO ForcedAdoption",
        "SUR Surrogacy", "ORG OrganRemoval", "OTH Other");

    public static readonly Dictionary<string, string> CourtForm = Map(
        "SEX sexuell", "LAB Arbeit", "DOM Haushalt", "CRIM Straftaten", "BEG Bettelei", "MAR Zwangsheirat", "ADO Adoption",
        "SUR Leihmutterschaft", "ORG Organe", "OTH sonstige", "UNK unbekannt");

    public static readonly Dictionary<string, string> PoliceStatus = Map("REF potential", "PRES presumed", "IDENT identified");

    public static readonly Dictionary<string, string> NrmStatus = Map("REF referred", "PRES presumed", "IDENT identified");

    public static readonly Dictionary<string, string> NgoStatus =
        Map("REF NotAVictimOfTrafficking", "PRES PossibleVictimOfTrafficking", "IDENT ActualVictimOfTrafficking");

    public static readonly Dictionary<string, string> CourtSex = Map("F weiblich", "M männlich", "X divers", "UNK unbekannt");

    public static readonly Dictionary<string, string> CourtSentence = Map("CUSTODIAL unbedingt", "SUSPENDED bedingt", "FINE Geldstrafe", "OTHER sonstige");

    public static readonly Dictionary<string, string> NrmService = Map(
        "ACCOM shelter", "HEALTH medical", "PSYCH counselling", "LEGAL legal_aid", "FIN financial", "EDU education", "EMPL employment",
        "RETURN reintegration", "INTERP interpretation", "OTHER other");

    public static readonly Dictionary<string, string> NgoService = Map(
        "EDU Education", "FIN Financial", "HEALTH Health", "LEGAL Legal", "EMPL Livelihood", "OTHER SocialCare");

    public static readonly Dictionary<string, string> NrmDecision = Map(
        "REFLECTION reflection_period", "PERMIT_FIRST residence_permit_first", "PERMIT_RENEWAL residence_permit_renewal",
        "PROTECTION international_protection", "RETURN assisted_return");

    public static readonly Dictionary<string, string> NrmGround = Map("PERSONAL personal_situation", "COOPERATION cooperation", "HUMANITARIAN humanitarian", "OTHER other");

    public static readonly Dictionary<string, string> NgoSector = Map(
        "A A_AgricultureForestryAndFishing", "C C_Manufacturing", "F F_Construction", "G G_WholesaleAndRetailTradeRepairOfMotorVehicles",
        "H H_TransportationAndStorage", "I I_AccommodationAndFoodServiceActivities", "N N_AdministrativeAndSupportServiceActivities",
        "S S_OtherServiceActivities", "T T_ActivitiesOfHouseholdsAsEmployers");

    public static string PoliceSex(string sex) => SpellingVariants.SexSpelling(sex, "POL");

    public static string NrmSex(string sex) => SpellingVariants.SexSpelling(sex, "NRM");

    public static string NgoSex(string sex) => SpellingVariants.SexSpelling(sex, "NGO1");

    public static string PoliceCrossBorder(string type) => type switch { "TRANSNATIONAL" => "yes", "INTERNAL" => "no", _ => "unknown" };

    public static string NrmTraffickingType(string type) => type switch { "TRANSNATIONAL" => "transnational", "INTERNAL" => "internal", _ => "unknown" };

    private static Dictionary<string, string> Map(params string[] pairs) =>
        pairs.Select(p => p.Split(' ', 2)).ToDictionary(p => p[0], p => p[1], StringComparer.Ordinal);
}
