using Stats.Warehouse.Freshness;
using Stats.Warehouse.Indicators;
using Stats.Warehouse.Tests.Support;

namespace Stats.Warehouse.Tests.Indicators;

/// <summary>
/// Hand-built deliveries, the model and the indicator cubes (ind_cell) as of <see cref="UnitQuery.AsOf"/>, built once per
/// test class (the tests only read).
/// Victims: <see cref="Fixtures.VictimsAsync"/> (P1–P6) plus P7, P8 and more services below; justice: own cases.
/// <code>
/// Extra victims (batch NRM):
/// P7  NRM IDENT 2023-10-05 F 15 NG AT130 SEX|MAR unaccompanied TRANSNATIONAL -> IDENT, child, unaccompanied
/// P8  NRM PRES  2023-11-20 M -- -- AT221 (no forms)                        -> PRES, age UNK, citizenship UNK, form UNK
/// Person-years 2023 (highest status, placed at date_key; first registration of the year):
///   P1 IDENT 03-10 (first 02-01) F 25 EU_FOR AT13 SEX   orgs POL,NRM      P5 PRES 07-01 F 30 NEU_FOR UNK DOM  orgs POL,NRM
///   P2 PRES  04-05 M 34 NEU_FOR AT22 SEX+LAB orgs NRM,NGO1            P6 REF  09-01 M 22 NAT UNK CRIM    orgs NRM,NGO1,POL
///   P3 IDENT 06-01 F 16 NAT AT13 SEX         orgs POL                 P7 IDENT 10-05 F 15 NEU_FOR AT13 SEX+MAR orgs NRM
///   P4 PRES  01-10 M 41 NEU_FOR UNK BEG      orgs NGO1                P8 PRES 11-20 M UNK UNK AT22 UNK   orgs NRM
/// 2022: P4 REF 11-15 (NGO1).
/// Services (besides those of Fixtures.VictimsAsync: P1 ACCOM 03-11 + HEALTH 03-12 NRM, P2 LEGAL 04-06 NRM,
/// P4 ACCOM 2022-11-20 NGO1; P1 REFLECTION GRANTED 03-15, P2 PERMIT_FIRST GRANTED 2024-01-10 COOPERATION):
///   P7 ACCOM + PSYCH 10-06 NRM, P7 RETURN (reintegration) 12-01 NRM, P2 ACCOM 05-02 NGO1;
///   P5 REFLECTION REFUSED 07-10, P7 REFLECTION GRANTED 10-07, P1 PERMIT_RENEWAL GRANTED 09-01 (no ground),
///   P2 PERMIT_FIRST REFUSED 06-01 PERSONAL, P7 PROTECTION GRANTED 12-01, P8 PROTECTION REFUSED 12-02,
///   P8 RETURN GRANTED 12-15 and again 2024-01-20.
/// Justice (sources POLS, PROS, CRT):
///   PER_SUSP  C1: O1 2022-12-10 (M 45 AT SEX), O2 2023-01-10 (F 17 HU SEX)
///             C2: O1 2023-02-01 (M 45 AT LAB), O3 2023-02-01 (M -- RS LAB)
///             C3: O4 2023-03-15 (M 30 RO UNK), O1 2023-04-20 (M 46 AT CRIM)
///   PER_PRSC  C1: O1, O2 2023-05-01; C2: O3 2023-06-01, O1 2023-07-01; C3: O4 2024-01-15
///   CRT       O1 C1 PER_CNV final 2023-09-01 CUSTODIAL 30 m, 5000 EUR, SEX     O2 C1 PER_CNV 2023-09-01 SUSPENDED 12 m, 1000 EUR, SEX
///             O3 C2 PER_ACQ 2023-10-01                                         O5 C4 PER_CNV 2023-10-15 CUSTODIAL (no months), sex not delivered
///             O1 C2 PER_CNV final 2023-11-01 CUSTODIAL 130 m, 2500 EUR, LAB     O2 C1 PER_CNV final (appeal) 2024-02-01
///             O4 C3 PER_CNV 2024-06-01 FINE, 0 EUR
/// </code>
/// </summary>
public sealed class IndicatorFixture : IAsyncLifetime
{
    internal TempWarehouse Warehouse { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        Warehouse = await TempWarehouse.CreateAsync();
        await VictimsAsync(Warehouse.Staging);
        await JusticeAsync(Warehouse.Staging);
        // Every delivering contract (contract id = source code) is expected, plus a second PROS contract that never
        // delivered, so that Q03B has units.
        await SourceExpectations.SyncAsync(
            Warehouse.Writer,
            [.. new[] { ("POL", "POL", "POLICE"), ("NRM", "NRM", "SOCIAL"), ("NGO1", "NGO1", "NGO"), ("POLS", "POLS", "POLICE"), ("PROS", "PROS", "PROSECUTION"), ("CRT", "CRT", "COURT"), ("prosecution-appeals", "PROS", "PROSECUTION") }
                .Select(c => new SourceExpectation(c.Item1, c.Item2, c.Item3, TimeSpan.FromDays(1), TimeSpan.FromDays(2), TimeSpan.FromDays(7)))],
            CancellationToken.None);
        await Warehouse.BuildAsync();
        var time = new ManualTime(new DateTimeOffset(UnitQuery.AsOf.ToDateTime(new TimeOnly(12, 0)), TimeSpan.Zero));
        await new IndicatorBuilder(Warehouse.Database, time).BuildAsync(Warehouse.Writer, null, null, CancellationToken.None);
    }

    public async Task DisposeAsync() => await Warehouse.DisposeAsync();

    private static async Task VictimsAsync(StagingWriter s)
    {
        await Fixtures.VictimsAsync(s);

        var nrm = await s.BatchAsync("NRM");
        await s.VictimAsync(nrm, "NRM", "P7", "2023-10-05", "IDENT", "F", 15, "NG", "AT130", "SEX|MAR",
            identifyingOrgType: "SOCIAL", traffickingType: "TRANSNATIONAL", unaccompanied: true);
        await s.VictimAsync(nrm, "NRM", "P8", "2023-11-20", "PRES", "M", null, null, "AT221", identifyingOrgType: "SOCIAL");
        await s.AssistanceAsync(nrm, "NRM", "P7", "ACCOM", "2023-10-06");
        await s.AssistanceAsync(nrm, "NRM", "P7", "PSYCH", "2023-10-06", "2023-11-30");
        await s.AssistanceAsync(nrm, "NRM", "P7", "RETURN", "2023-12-01");
        await s.ImmigrationAsync(nrm, "NRM", "P5", "REFLECTION", "REFUSED", "2023-07-10");
        await s.ImmigrationAsync(nrm, "NRM", "P7", "REFLECTION", "GRANTED", "2023-10-07");
        await s.ImmigrationAsync(nrm, "NRM", "P1", "PERMIT_RENEWAL", "GRANTED", "2023-09-01");
        await s.ImmigrationAsync(nrm, "NRM", "P2", "PERMIT_FIRST", "REFUSED", "2023-06-01", "PERSONAL");
        await s.ImmigrationAsync(nrm, "NRM", "P7", "PROTECTION", "GRANTED", "2023-12-01");
        await s.ImmigrationAsync(nrm, "NRM", "P8", "PROTECTION", "REFUSED", "2023-12-02");
        await s.ImmigrationAsync(nrm, "NRM", "P8", "RETURN", "GRANTED", "2023-12-15");
        await s.ImmigrationAsync(nrm, "NRM", "P8", "RETURN", "GRANTED", "2024-01-20");

        var ngo = await s.BatchAsync("NGO1");
        await s.AssistanceAsync(ngo, "NGO1", "P2", "ACCOM", "2023-05-02");
    }

    private static async Task JusticeAsync(StagingWriter s)
    {
        await s.OrganisationAsync("POLS", "POLICE");
        await s.OrganisationAsync("PROS", "PROSECUTION");
        await s.OrganisationAsync("CRT", "COURT");

        var pols = await s.BatchAsync("POLS");
        await s.JusticeAsync(pols, "POLS", "O1", "C1", "PER_SUSP", "2022-12-10", sex: "M", age: 45, citizenship: "AT", form: "SEX");
        await s.JusticeAsync(pols, "POLS", "O2", "C1", "PER_SUSP", "2023-01-10", sex: "F", age: 17, citizenship: "HU", form: "SEX");
        await s.JusticeAsync(pols, "POLS", "O1", "C2", "PER_SUSP", "2023-02-01", sex: "M", age: 45, citizenship: "AT", form: "LAB");
        await s.JusticeAsync(pols, "POLS", "O3", "C2", "PER_SUSP", "2023-02-01", sex: "M", citizenship: "RS", form: "LAB");
        await s.JusticeAsync(pols, "POLS", "O4", "C3", "PER_SUSP", "2023-03-15", sex: "M", age: 30, citizenship: "RO", form: "UNK");
        await s.JusticeAsync(pols, "POLS", "O1", "C3", "PER_SUSP", "2023-04-20", sex: "M", age: 46, citizenship: "AT", form: "CRIM");

        var pros = await s.BatchAsync("PROS");
        await s.JusticeAsync(pros, "PROS", "O1", "C1", "PER_PRSC", "2023-05-01", sex: "M", age: 45, citizenship: "AT", form: "SEX");
        await s.JusticeAsync(pros, "PROS", "O2", "C1", "PER_PRSC", "2023-05-01", sex: "F", age: 17, citizenship: "HU", form: "SEX");
        await s.JusticeAsync(pros, "PROS", "O3", "C2", "PER_PRSC", "2023-06-01", sex: "M", citizenship: "RS", form: "LAB");
        await s.JusticeAsync(pros, "PROS", "O1", "C2", "PER_PRSC", "2023-07-01", sex: "M", age: 45, citizenship: "AT", form: "LAB");
        await s.JusticeAsync(pros, "PROS", "O4", "C3", "PER_PRSC", "2024-01-15", sex: "M", age: 30, citizenship: "RO");

        var crt = await s.BatchAsync("CRT");
        await s.JusticeAsync(crt, "CRT", "O1", "C1", "PER_CNV", "2023-09-01", isFinal: true, sex: "M", form: "SEX", sentenceType: "CUSTODIAL", sentenceMonths: 30, compensation: 5000m);
        await s.JusticeAsync(crt, "CRT", "O2", "C1", "PER_CNV", "2023-09-01", isFinal: false, sex: "F", form: "SEX", sentenceType: "SUSPENDED", sentenceMonths: 12, compensation: 1000m);
        await s.JusticeAsync(crt, "CRT", "O3", "C2", "PER_ACQ", "2023-10-01", isFinal: false, sex: "M", form: "LAB");
        await s.JusticeAsync(crt, "CRT", "O5", "C4", "PER_CNV", "2023-10-15", isFinal: false, form: "DOM", sentenceType: "CUSTODIAL");
        await s.JusticeAsync(crt, "CRT", "O1", "C2", "PER_CNV", "2023-11-01", isFinal: true, sex: "M", form: "LAB", sentenceType: "CUSTODIAL", sentenceMonths: 130, compensation: 2500m);
        await s.JusticeAsync(crt, "CRT", "O2", "C1", "PER_CNV", "2024-02-01", isFinal: true, sex: "F", form: "SEX", sentenceType: "SUSPENDED", sentenceMonths: 12);
        await s.JusticeAsync(crt, "CRT", "O4", "C3", "PER_CNV", "2024-06-01", isFinal: false, sex: "M", form: "UNK", sentenceType: "FINE", compensation: 0m);
    }
}
