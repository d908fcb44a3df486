using MiniExcelLibs;
using Stats.Etl.Intake;

namespace Stats.Etl.Tests.Intake;

public sealed class ShippedContractsJsonXlsxTests : IntakeTestBase
{
    internal static string NrmJson(string key1, string key2) => $$"""
        {
          "exportedAt": "2024-07-01",
          "cases": [
            { "caseId": "NRM-1", "linkageKey": "{{key1}}",
              "referral": { "date": "2024-02-01", "outcome": "identified" },
              "identification": { "decisionDate": "2024-03-15" },
              "person": { "sex": "female", "age": 17, "citizenship": "RO", "unaccompaniedMinor": true },
              "region": "AT13", "exploitationForms": ["sexual_exploitation", "forced_begging"], "traffickingType": "transnational",
              "services": [ { "type": "shelter", "start": "2024-02-02", "end": "2024-04-30" }, { "type": "counselling", "start": "2024-02-05" } ],
              "decisions": [ { "kind": "reflection_period", "outcome": "granted", "date": "2024-02-10" } ] },
            { "caseId": "NRM-2", "linkageKey": "{{key2}}",
              "referral": { "date": "2024-03-01", "outcome": "referred" },
              "identification": { "decisionDate": null },
              "person": { "sex": "male", "age": 30, "citizenship": "IN", "unaccompaniedMinor": false },
              "region": null, "exploitationForms": [], "traffickingType": "unknown",
              "services": [],
              "decisions": [ { "kind": "residence_permit_first", "outcome": "refused", "ground": "cooperation", "date": "2024-05-02" } ] }
          ]
        }
        """;

    [Fact]
    public async Task Socialcare_json_with_service_and_decision_children_is_staged()
    {
        var path = Write("nrm_cases_2024_06.json", NrmJson(Key(41), Key(42)));

        var outcome = await LoadAsync("socialcare-nrm", path);

        outcome.Status.Should().Be(IntakeStatus.Loaded, outcome.Message);
        (outcome.RowsRead, outcome.RowsLoaded, outcome.RowsQuarantined).Should().Be((6L, 6L, 0L), "2 cases, 2 services, 2 decisions");
        (await RowsAsync(
            """
            SELECT record_number, record_id, linkage_key, registration_date, identification_date, victim_status, identifying_org_type,
                   sex, age_years, citizenship, region, forms, trafficking_type, is_unaccompanied
            FROM stg_intake__victim_registration ORDER BY 1
            """)).Should().BeEquivalentTo(new[]
        {
            new[] { "1", "NRM-1", Key(41), "2024-02-01", "2024-03-15", "IDENT", "SOCIAL", "F", "17", "RO", "AT13", "BEG,SEX", "TRANSNATIONAL", "True" },
            new[] { "2", "NRM-2", Key(42), "2024-03-01", "NULL", "REF", "SOCIAL", "M", "30", "IN", "NULL", "NULL", "UNK", "False" },
        }, o => o.WithStrictOrdering());
        (await RowsAsync("SELECT record_number, parent_record_number, record_id, linkage_key, assistance_type, start_date, end_date FROM stg_intake__assistance_episode ORDER BY 1"))
            .Should().BeEquivalentTo(new[]
            {
                new[] { "1", "1", "NRM-1", Key(41), "ACCOM", "2024-02-02", "2024-04-30" },
                new[] { "2", "1", "NRM-1", Key(41), "PSYCH", "2024-02-05", "NULL" },
            }, o => o.WithStrictOrdering());
        (await RowsAsync("SELECT record_number, parent_record_number, linkage_key, decision_type, outcome, permit_ground, decision_date, reference_date FROM stg_intake__immigration_decision ORDER BY 1"))
            .Should().BeEquivalentTo(new[]
            {
                new[] { "1", "1", Key(41), "REFLECTION", "GRANTED", "NULL", "2024-02-10", "2024-02-01" },
                new[] { "2", "2", Key(42), "PERMIT_FIRST", "REFUSED", "COOPERATION", "2024-05-02", "2024-03-01" },
            }, o => o.WithStrictOrdering());
    }

    internal static void WriteCourtsXlsx(string path, IEnumerable<Dictionary<string, object?>> rows, string sheet = "Entscheidungen") =>
        MiniExcel.SaveAs(path, rows, sheetName: sheet);

    internal static Dictionary<string, object?> CourtRow(
        string caseId, string key, object? charged, object? decided, string verdict, string? final, string? sex, object? age,
        string? citizenship, string? form, string? sentence, object? months, object? compensation) => new()
    {
        ["Aktenzeichen"] = caseId, ["Personen-ID"] = key, ["Anklagedatum"] = charged, ["Urteilsdatum"] = decided, ["Urteil"] = verdict,
        ["Rechtskräftig"] = final, ["Geschlecht"] = sex, ["Alter"] = age, ["Staatsangehörigkeit"] = citizenship, ["Ausbeutungsform"] = form,
        ["Strafart"] = sentence, ["Strafmonate"] = months, ["Entschädigung_EUR"] = compensation,
    };

    [Fact]
    public async Task Courts_xlsx_with_real_date_cells_is_staged()
    {
        var path = Path.Combine(Dir, "courts_decisions_2024.xlsx");
        WriteCourtsXlsx(path,
        [
            CourtRow("LG 1/24", Key(51), new DateTime(2023, 11, 2), new DateTime(2024, 4, 18), "schuldig", "ja", "männlich", 45, "AT", "Arbeit", "unbedingt", 36, 5000.5),
            CourtRow("LG 2/24", Key(52), "02.12.2023", new DateTime(2024, 5, 6), "Freispruch", "nein", "weiblich", 31, "SK", "sexuell", null, null, null),
        ]);

        var outcome = await LoadAsync("courts-decisions", path);

        outcome.Status.Should().Be(IntakeStatus.Loaded, outcome.Message);
        (outcome.RowsRead, outcome.RowsLoaded).Should().Be((2L, 2L));
        (await RowsAsync(
            """
            SELECT record_number, case_id, person_key, reference_date, decision_date, stage, is_final, sex, age_years, citizenship, form,
                   sentence_type, sentence_months, compensation_eur, source_code
            FROM stg_intake__justice_person_stage ORDER BY 1
            """)).Should().BeEquivalentTo(new[]
        {
            new[] { "1", "LG 1/24", Key(51), "2023-11-02", "2024-04-18", "PER_CNV", "True", "M", "45", "AT", "LAB", "CUSTODIAL", "36", "5000.50", "CRT" },
            new[] { "2", "LG 2/24", Key(52), "2023-12-02", "2024-05-06", "PER_ACQ", "False", "F", "31", "SK", "SEX", "NULL", "NULL", "NULL", "CRT" },
        }, o => o.WithStrictOrdering());
    }
}
