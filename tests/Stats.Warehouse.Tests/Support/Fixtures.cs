namespace Stats.Warehouse.Tests.Support;

/// <summary>
/// Small hand-built deliveries whose figures are counted by hand below; tests assert those hand counts.
/// </summary>
internal static class Fixtures
{
    /// <summary>
    /// Victims. Agencies POL (police), NRM (referral mechanism), NGO1. Reporting country AT. Six persons:
    /// <code>
    /// P1  POL  REF   2023-02-01 F 25 RO AT130 SEX        | NRM IDENT 2023-03-10 F -- -- AT130 SEX   -> IDENT, age 25 and RO (EU_FOR) filled from POL
    /// P2  NRM  PRES  2023-04-05 M 34 UA AT221 LAB        | NGO1 PRES 2023-05-01 M 35 UA SEX         -> PRES, NRM decides (earlier), age 34; forms SEX+LAB, main SEX
    /// P3  POL  IDENT 2023-06-01 F 16 AT AT130 SEX        | POL IDENT 2023-06-20 F 16 AT (no forms)  -> IDENT, child, NAT, one agency, 2 registrations
    /// P4  NGO1 REF   2022-11-15 M 40 NG BEG              | NGO1 PRES 2023-01-10 M 41 NG BEG         -> 2022: REF; 2023: PRES
    /// P5  POL  PRES  2023-07-01 UNK -- -- (no forms)     | NRM REF 2023-08-01 F 30 NG DOM           -> PRES, sex F, age 30, NG (NEU_FOR) filled from NRM; main DOM, combination LAB
    /// P6  NRM  REF   2023-09-01 M 22 AT CRIM | NGO1 REF 2023-09-02 M 22 AT | POL REF 2023-09-03 M 22 AT -> REF, three agencies
    /// </code>
    /// 2023: registrations 12 (POL 5 = P1,P3,P3,P5,P6; NRM 4 = P1,P2,P5,P6; NGO1 3 = P2,P4,P6); persons 6;
    /// highest status IDENT 2 (P1,P3), PRES 3 (P2,P4,P5), REF 1 (P6); registered victims 5; duplicates removed 12 − 6 = 6.
    /// Overlap 2023: NGO1 1 (P4), NGO1+NRM 1 (P2), NGO1+NRM+POL 1 (P6), NRM+POL 2 (P1,P5), POL 1 (P3) = 6.
    /// Registered victims 2023 by sex F 3 (P1,P3,P5), M 2 (P2,P4); by citizenship EU_FOR 1 (P1), NAT 1 (P3), NEU_FOR 3 (P2,P4,P5);
    /// by main form SEX 3 (P1,P2,P3), BEG 1 (P4), DOM 1 (P5); children 1 (P3).
    /// 2022: one registration, one person (P4, REF), overlap NGO1 1.
    /// Assistance episodes starting in 2023: 3 (P1 ACCOM, P1 HEALTH, P2 LEGAL); 2022: 1 (P4). Immigration decisions 2023: 1; 2024: 1.
    /// </summary>
    public static async Task VictimsAsync(StagingWriter s)
    {
        await s.OrganisationAsync("POL", "POLICE");
        await s.OrganisationAsync("NRM", "SOCIAL");
        await s.OrganisationAsync("NGO1", "NGO");

        var pol = await s.BatchAsync("POL");
        await s.VictimAsync(pol, "POL", "P1", "2023-02-01", "REF", "F", 25, "RO", "AT130", "SEX");
        await s.VictimAsync(pol, "POL", "P3", "2023-06-01", "IDENT", "F", 16, "AT", "AT130", "SEX", unaccompanied: false);
        await s.VictimAsync(pol, "POL", "P3", "2023-06-20", "IDENT", "F", 16, "AT");
        await s.VictimAsync(pol, "POL", "P5", "2023-07-01", "PRES", "UNK");
        await s.VictimAsync(pol, "POL", "P6", "2023-09-03", "REF", "M", 22, "AT", forms: "CRIM");

        var nrm = await s.BatchAsync("NRM");
        await s.VictimAsync(nrm, "NRM", "P1", "2023-03-10", "IDENT", "F", null, null, "AT130", "SEX", identifyingOrgType: "SOCIAL");
        await s.VictimAsync(nrm, "NRM", "P2", "2023-04-05", "PRES", "M", 34, "UA", "AT221", "LAB", identifyingOrgType: "SOCIAL", sector: "A");
        await s.VictimAsync(nrm, "NRM", "P5", "2023-08-01", "REF", "F", 30, "NG", forms: "DOM", identifyingOrgType: "SOCIAL");
        await s.VictimAsync(nrm, "NRM", "P6", "2023-09-01", "REF", "M", 22, "AT", forms: "CRIM", identifyingOrgType: "SOCIAL");
        await s.AssistanceAsync(nrm, "NRM", "P1", "ACCOM", "2023-03-11", "2023-04-10");
        await s.AssistanceAsync(nrm, "NRM", "P1", "HEALTH", "2023-03-12");
        await s.AssistanceAsync(nrm, "NRM", "P2", "LEGAL", "2023-04-06", "2023-04-06");
        await s.ImmigrationAsync(nrm, "NRM", "P1", "REFLECTION", "GRANTED", "2023-03-15");
        await s.ImmigrationAsync(nrm, "NRM", "P2", "PERMIT_FIRST", "GRANTED", "2024-01-10", "COOPERATION");

        var ngo = await s.BatchAsync("NGO1");
        await s.VictimAsync(ngo, "NGO1", "P2", "2023-05-01", "PRES", "M", 35, "UA", forms: "SEX|UNK");
        await s.VictimAsync(ngo, "NGO1", "P4", "2022-11-15", "REF", "M", 40, "NG", forms: "BEG");
        await s.VictimAsync(ngo, "NGO1", "P4", "2023-01-10", "PRES", "M", 41, "NG", forms: "BEG");
        await s.VictimAsync(ngo, "NGO1", "P6", "2023-09-02", "REF", "M", 22, "AT", forms: "UNK");
        await s.AssistanceAsync(ngo, "NGO1", "P4", "ACCOM", "2022-11-20");
    }

    /// <summary>
    /// Justice. Sources POLS (suspects), PROS (prosecutions), CRT (court decisions); offenders O1–O4, cases C1–C3:
    /// <code>
    /// POLS PER_SUSP  O1 C1, O2 C1 (2023-01-10); O3 C2, O1 C2 (2023-02-01)
    /// PROS PER_PRSC  O1 C1, O2 C1 (2023-05-01); O3 C2 (2023-06-01)
    /// CRT  PER_CNV   O1 C1 final    CUSTODIAL 30 m  2023-09-01  -> PER_CNV + PER_CNV_FIN, band CUST_1T5Y
    ///      PER_CNV   O2 C1 not final SUSPENDED 12 m 2023-09-01  -> PER_CNV, band SUSPENDED
    ///      PER_ACQ   O3 C2                          2023-10-01
    ///      PER_CNV   O1 C2 final    CUSTODIAL 130 m 2023-11-01  -> PER_CNV + PER_CNV_FIN, band CUST_GT10Y
    ///      PER_CNV   O4 C3 not final FINE           2023-12-01  -> PER_CNV, band FINE
    ///      PER_CNV   O2 C1 final (appeal) SUSPENDED 12 m 2024-02-01 -> PER_CNV_FIN in 2024 only (PER_CNV stays 2023-09-01)
    /// </code>
    /// Rows: 2023 SUSP 4, PRSC 3, CNV 4, CNV_FIN 2, ACQ 1 = 14; 2024 CNV_FIN 1; total 15.
    /// 2023 persons / cases: SUSP 3/2, PRSC 3/2, CNV 3 (O1,O2,O4) / 3, CNV_FIN 1 (O1) / 2, ACQ 1/1.
    /// </summary>
    public static async Task JusticeAsync(StagingWriter s)
    {
        await s.OrganisationAsync("POLS", "POLICE");
        await s.OrganisationAsync("PROS", "PROSECUTION");
        await s.OrganisationAsync("CRT", "COURT");

        var pols = await s.BatchAsync("POLS");
        await s.JusticeAsync(pols, "POLS", "O1", "C1", "PER_SUSP", "2023-01-10", sex: "M", age: 45, citizenship: "AT", form: "SEX");
        await s.JusticeAsync(pols, "POLS", "O2", "C1", "PER_SUSP", "2023-01-10", sex: "F", age: 17, citizenship: "HU", form: "SEX");
        await s.JusticeAsync(pols, "POLS", "O3", "C2", "PER_SUSP", "2023-02-01", sex: "M", citizenship: "RS", form: "LAB");
        await s.JusticeAsync(pols, "POLS", "O1", "C2", "PER_SUSP", "2023-02-01", sex: "M", age: 45, citizenship: "AT", form: "LAB");

        var pros = await s.BatchAsync("PROS");
        await s.JusticeAsync(pros, "PROS", "O1", "C1", "PER_PRSC", "2023-05-01", sex: "M");
        await s.JusticeAsync(pros, "PROS", "O2", "C1", "PER_PRSC", "2023-05-01", sex: "F");
        await s.JusticeAsync(pros, "PROS", "O3", "C2", "PER_PRSC", "2023-06-01", sex: "M");

        var crt = await s.BatchAsync("CRT");
        await s.JusticeAsync(crt, "CRT", "O1", "C1", "PER_CNV", "2023-09-01", isFinal: true, sex: "M", sentenceType: "CUSTODIAL", sentenceMonths: 30, compensation: 5000m);
        await s.JusticeAsync(crt, "CRT", "O2", "C1", "PER_CNV", "2023-09-01", isFinal: false, sex: "F", sentenceType: "SUSPENDED", sentenceMonths: 12);
        await s.JusticeAsync(crt, "CRT", "O3", "C2", "PER_ACQ", "2023-10-01", isFinal: false, sex: "M");
        await s.JusticeAsync(crt, "CRT", "O1", "C2", "PER_CNV", "2023-11-01", isFinal: true, sex: "M", sentenceType: "CUSTODIAL", sentenceMonths: 130);
        await s.JusticeAsync(crt, "CRT", "O4", "C3", "PER_CNV", "2023-12-01", isFinal: false, sex: "M", sentenceType: "FINE");
        await s.JusticeAsync(crt, "CRT", "O2", "C1", "PER_CNV", "2024-02-01", isFinal: true, sex: "F", sentenceType: "SUSPENDED", sentenceMonths: 12);
    }
}
