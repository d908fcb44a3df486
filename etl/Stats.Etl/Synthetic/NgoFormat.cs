using System.Globalization;

namespace Stats.Etl.Synthetic;

/// <summary>Rows of the ngo-htcds contract (',', ISO dates, HTCDS v2 spellings); the support service sits on the same flat row.</summary>
internal static class NgoFormat
{
    public const char Delimiter = ',';

    public static readonly string[] Header =
        ["ext_CaseId", "ext_LinkageKey", "cas_IncomingReferralDate", "vic_TraffickingStatus", "vic_TraffickingStatusDecisionMakingOrg", "prs_Gender",
         "vic_AgeWhenTrafficked", "prs_Citizenship", "ext_Region", "vic_TypeOfExploitation", "vic_ForcedLabourIndustry", "hte_Country", "org_Type",
         "spl_Type", "spl_ActualEndDate"];

    public static string[] Row(VictimRegistration r, string decisionOrg)
    {
        var p = r.Person;
        var service = r.Services.Count > 0 ? r.Services[0] : null;
        return
        [
            r.RecordId, r.LinkageKey, Iso(r.RegisteredOn), AgencyCodes.NgoStatus[r.Status], decisionOrg, AgencyCodes.NgoSex(p.Sex),
            p.Age.ToString(CultureInfo.InvariantCulture), p.Citizenship ?? string.Empty, p.Region,
            string.Join(';', p.Forms.Select(f => f == "LAB" && p.IsChild ? "ChildLabour" : AgencyCodes.NgoForm[f])),
            p.LabourSector is { } sector ? AgencyCodes.NgoSector[sector] : string.Empty, p.ExploitationCountry, "NGO",
            service is null ? string.Empty : ServiceType(service.Type, p), service?.End is { } end ? Iso(end) : string.Empty,
        ];
    }

    /// <summary>Who decided the status: the NGO itself for possible victims, often the police for actual ones.</summary>
    public static string DecisionOrg(VictimRegistration r, Random random) => r.Status == "IDENT"
        ? random.Weighted<string>([("Police", 40), ("NGO", 40), ("NonPoliceGovernmentalOrganization", 20)])
        : "NGO";

    private static string ServiceType(string type, SyntheticPerson p) => type == "PSYCH"
        ? (p.Forms[0] == "SEX" ? "SexualExploitationRehabilitation" : "LabourExploitationRehabilitation")
        : AgencyCodes.NgoService[type];

    private static string Iso(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
