using Stats.Etl.Intake;

namespace Stats.Etl.Tests.Intake;

public sealed class ShippedContractsCsvTests : IntakeTestBase
{
    [Fact]
    public async Task Police_victims_semicolon_csv_is_staged_with_codes_mapped()
    {
        var path = Write("police_victims_2024_06.csv", PoliceVictimsFile.Of(
            $"P-1;{Key(1)};05.03.2024;12.03.2024;identified;w;34;RO;AT13;sexual|labour;;yes",
            $"P-2;{Key(2)};17.04.2024;;presumed;m;16;AT;AT130;labour;A;no",
            $"P-3;{Key(3)};01.05.2024;;potential;W;;NG;;;;unknown",
            $"\"P;4\";{Key(4)};02.06.2024;;presumed;d;25;UA;AT22;sexual| sexual |begging;;yes"));

        var outcome = await LoadAsync("police-victims", path);

        outcome.Status.Should().Be(IntakeStatus.Loaded, outcome.Message);
        (outcome.RowsRead, outcome.RowsLoaded, outcome.RowsQuarantined).Should().Be((4L, 4L, 0L));
        outcome.SourceCode.Should().Be("POL");
        var rows = await RowsAsync(
            """
            SELECT record_number, record_id, linkage_key, registration_date, identification_date, victim_status, sex, age_years,
                   citizenship, region, forms, labour_sector, trafficking_type, source_code
            FROM stg_intake__victim_registration WHERE load_batch_key = $b ORDER BY record_number
            """, ("b", outcome.LoadBatchKey));
        rows.Should().BeEquivalentTo(new[]
        {
            new[] { "1", "P-1", Key(1), "2024-03-05", "2024-03-12", "IDENT", "F", "34", "RO", "AT13", "LAB,SEX", "NULL", "TRANSNATIONAL", "POL" },
            new[] { "2", "P-2", Key(2), "2024-04-17", "NULL", "PRES", "M", "16", "AT", "AT130", "LAB", "A", "INTERNAL", "POL" },
            new[] { "3", "P-3", Key(3), "2024-05-01", "NULL", "REF", "F", "NULL", "NG", "NULL", "NULL", "NULL", "UNK", "POL" },
            new[] { "4", "P;4", Key(4), "2024-06-02", "NULL", "PRES", "X", "25", "UA", "AT22", "BEG,SEX", "NULL", "TRANSNATIONAL", "POL" },
        }, o => o.WithStrictOrdering());
        (await RowsAsync("SELECT organisation_code, label, organisation_type_code FROM dim_organisation"))
            .Should().BeEquivalentTo(new[] { new[] { "POL", "Federal Police, anti-trafficking unit", "POLICE" } });
        (await RowsAsync("SELECT contract_id, source_code, file_name, content_sha256, rows_read, rows_loaded, rows_quarantined, received_at FROM meta_load_batch"))
            .Single().Should().Equal("police-victims", "POL", "police_victims_2024_06.csv", outcome.ContentSha256, "4", "4", "0", "2025-06-30");
        (await CountAsync("SELECT count(*) FROM duckdb_tables() WHERE temporary")).Should().Be(0, "the raw and work tables are dropped");
    }

    [Fact]
    public async Task Police_suspects_csv_gets_the_stage_constant()
    {
        var path = Write("police_suspects_2024_06.csv",
            "case_ref;suspect_pseudonym;registered_on;gender;age;nationality;offence_form\n" +
            $"F-10;{Key(11)};03.02.2024;m;41;AT;sexual\n" +
            $"F-10;{Key(12)};03.02.2024;w;38;HU;labour\n");

        var outcome = await LoadAsync("police-suspects", path);

        outcome.Status.Should().Be(IntakeStatus.Loaded, outcome.Message);
        (await RowsAsync("SELECT case_id, person_key, stage, decision_date, sex, age_years, citizenship, form FROM stg_intake__justice_person_stage ORDER BY record_number"))
            .Should().BeEquivalentTo(new[]
            {
                new[] { "F-10", Key(11), "PER_SUSP", "2024-02-03", "M", "41", "AT", "SEX" },
                new[] { "F-10", Key(12), "PER_SUSP", "2024-02-03", "F", "38", "HU", "LAB" },
            }, o => o.WithStrictOrdering());
    }

    [Fact]
    public async Task Prosecution_comma_csv_takes_canonical_codes_as_delivered()
    {
        var path = Write("prosecution_persons_2024.csv",
            "file_no,accused_pseudonym,indicted_on,sex,age_at_offence,citizenship,charge_form\n" +
            $"ST 12/24,{Key(21)},2024-05-20,M,29,RS,criminal\n" +
            $"ST 13/24,{Key(22)},2024-05-21,F,,BG,\"begging\"\n" +
            $"ST 14/24,{Key(23)},2024-05-22,,,,\n");

        var outcome = await LoadAsync("prosecution-persons", path);

        outcome.Status.Should().Be(IntakeStatus.Loaded, outcome.Message);
        outcome.RowsLoaded.Should().Be(3);
        (await RowsAsync("SELECT case_id, stage, decision_date, sex, age_years, citizenship, form FROM stg_intake__justice_person_stage ORDER BY record_number"))
            .Should().BeEquivalentTo(new[]
            {
                new[] { "ST 12/24", "PER_PRSC", "2024-05-20", "M", "29", "RS", "CRIM" },
                new[] { "ST 13/24", "PER_PRSC", "2024-05-21", "F", "NULL", "BG", "BEG" },
                new[] { "ST 14/24", "PER_PRSC", "2024-05-22", "NULL", "NULL", "NULL", "NULL" },
            }, o => o.WithStrictOrdering());
    }

    [Fact]
    public async Task Ngo_htcds_csv_produces_assistance_children_when_spl_type_is_set()
    {
        var path = Write("ngo_htcds_2024_q2.csv",
            "ext_CaseId,ext_LinkageKey,cas_IncomingReferralDate,vic_TraffickingStatus,vic_TraffickingStatusDecisionMakingOrg,prs_Gender," +
            "vic_AgeWhenTrafficked,prs_Citizenship,ext_Region,vic_TypeOfExploitation,vic_ForcedLabourIndustry,hte_Country,org_Type,spl_Type,spl_ActualEndDate\n" +
            $"N-1,{Key(31)},2024-04-02,PossibleVictimOfTrafficking,NGO,Feminine,19,NG,AT13,SexualExploitation;ForcedLabour,,AT,NGO,Health,2024-05-30\n" +
            $"N-2,{Key(32)},2024-04-09,ActualVictimOfTrafficking,Police,Masculine,44,PK,AT12,ForcedLabour,F_Construction,AT,NGO,,\n" +
            $"N-3,{Key(33)},2024-04-15,NotAVictimOfTrafficking,Other,NonSpecifiedUnknown,,UNK,,,,,NGO,SexualExploitationRehabilitation,\n");

        var outcome = await LoadAsync("ngo-htcds", path);

        outcome.Status.Should().Be(IntakeStatus.Loaded, outcome.Message);
        (outcome.RowsRead, outcome.RowsLoaded, outcome.RowsQuarantined).Should().Be((5L, 5L, 0L), "3 records and 2 assistance rows");
        (await RowsAsync("SELECT record_number, victim_status, identifying_org_type, sex, forms, labour_sector, exploitation_country FROM stg_intake__victim_registration ORDER BY 1"))
            .Should().BeEquivalentTo(new[]
            {
                new[] { "1", "PRES", "NGO", "F", "LAB,SEX", "NULL", "AT" },
                new[] { "2", "IDENT", "POLICE", "M", "LAB", "F", "AT" },
                new[] { "3", "REF", "OTHER", "UNK", "NULL", "NULL", "NULL" },
            }, o => o.WithStrictOrdering());
        (await RowsAsync("SELECT record_number, parent_record_number, record_id, linkage_key, assistance_type, start_date, end_date FROM stg_intake__assistance_episode ORDER BY 1"))
            .Should().BeEquivalentTo(new[]
            {
                new[] { "1", "1", "N-1", Key(31), "HEALTH", "2024-04-02", "2024-05-30" },
                new[] { "3", "3", "N-3", Key(33), "PSYCH", "2024-04-15", "NULL" },
            }, o => o.WithStrictOrdering());
    }
}
