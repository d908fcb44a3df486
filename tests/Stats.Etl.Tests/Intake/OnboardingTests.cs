using Stats.Etl.Contracts;
using Stats.Etl.Intake;

namespace Stats.Etl.Tests.Intake;

/// <summary>A source nobody coded for: a contract written here, other column names, codes, delimiter and date format.</summary>
public sealed class OnboardingTests : IntakeTestBase
{
    private const string Contract = """
        {
          "id": "labour-inspections",
          "title": "Labour inspectorate: persons found in inspections with signs of forced labour",
          "source": { "code": "LAB1", "name": "Labour inspectorate", "organisationType": "LABOUR_INSP" },
          "entity": "victim",
          "shape": "microdata",
          "format": { "type": "csv", "delimiter": "\t", "encoding": "utf-8", "dateFormat": "d/M/yyyy", "fileNamePattern": "inspections_*.tsv" },
          "constants": { "identifying_org_type": "LABOUR_INSP", "victim_status": "REF" },
          "ignore": [ "inspector_unit" ],
          "columns": {
            "Kennung":      { "field": "linkage_key", "required": true },
            "Kontrolle am": { "field": "registration_date", "required": true },
            "Sex":          { "field": "sex", "codes": { "1": "M", "2": "F", "9": "UNK" } },
            "Jahre":        { "field": "age_years" },
            "Land":         { "field": "citizenship" },
            "Branche":      { "field": "labour_sector", "codes": { "Bau": "F", "Landwirtschaft": "A", "Gastro": "I" } },
            "Formen":       { "field": "forms", "separator": "+", "codes": { "Zwangsarbeit": "LAB", "Bettelei": "BEG" } },
            "minderjährig_unbegleitet": { "field": "is_unaccompanied", "codes": { "J": "true", "N": "false" } }
          }
        }
        """;

    [Fact]
    public async Task Tab_delimited_contract_written_without_code_loads()
    {
        var contractDir = Directory.CreateDirectory(Path.Combine(Dir, "contracts")).FullName;
        await File.WriteAllTextAsync(Path.Combine(contractDir, "labour-inspections.json"), Contract);
        var contract = new ContractRepository(contractDir).Get("labour-inspections");
        var path = Write("inspections_2024_05.tsv",
            "Kennung\tKontrolle am\tSex\tJahre\tLand\tBranche\tFormen\tminderjährig_unbegleitet\tinspector_unit\n" +
            $"{Key(61)}\t3/5/2024\t1\t27\tMD\tBau\tZwangsarbeit\tN\tWest-3\n" +
            $"{Key(62)}\t14/5/2024\t2\t16\tUA\tgastro\tZwangsarbeit+Bettelei\tJ\tWest-3\n" +
            $"{Key(63)}\t30/5/2024\t7\t40\tMD\tBau\tZwangsarbeit\tN\tOst-1\n");

        var outcome = await LoadAsync(contract, path);

        outcome.Status.Should().Be(IntakeStatus.Loaded, outcome.Message);
        (outcome.RowsRead, outcome.RowsLoaded, outcome.RowsQuarantined).Should().Be((3L, 2L, 1L));
        outcome.Quarantine.Should().Equal(new QuarantineCount("victim", "unknown_code", "Sex", 1));
        (await RowsAsync(
            """
            SELECT record_number, linkage_key, registration_date, victim_status, identifying_org_type, sex, age_years, citizenship,
                   labour_sector, forms, is_unaccompanied, source_code
            FROM stg_intake__victim_registration ORDER BY 1
            """)).Should().BeEquivalentTo(new[]
        {
            new[] { "1", Key(61), "2024-05-03", "REF", "LABOUR_INSP", "M", "27", "MD", "F", "LAB", "False", "LAB1" },
            new[] { "2", Key(62), "2024-05-14", "REF", "LABOUR_INSP", "F", "16", "UA", "I", "BEG,LAB", "True", "LAB1" },
        }, o => o.WithStrictOrdering());
        (await RowsAsync("SELECT organisation_code, label, organisation_type_code FROM dim_organisation"))
            .Should().BeEquivalentTo(new[] { new[] { "LAB1", "Labour inspectorate", "LABOUR_INSP" } });
    }
}
