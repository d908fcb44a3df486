using System.Text.Json;
using System.Text.RegularExpressions;

namespace Stats.Etl.Tests.Synthetic;

/// <summary>Every clean file read with an independent reader must carry exactly the shipped contract's columns and codes.</summary>
public sealed partial class ContractConformanceTests(GeneratedYear year) : IClassFixture<GeneratedYear>
{
    private static readonly HashSet<string> Regions = RepoFiles.SeedCodes("region");
    private static readonly HashSet<string> Countries = RepoFiles.SeedCodes("country");
    private static readonly HashSet<string> Sectors = RepoFiles.SeedCodes("economic_sector");

    [Theory]
    [InlineData("clean/police_victims_2024.csv", "police-victims")]
    [InlineData("clean/police_suspects_2024.csv", "police-suspects")]
    [InlineData("clean/prosecution_persons_2024.csv", "prosecution-persons")]
    [InlineData("clean/ngo_htcds_2024.csv", "ngo-htcds")]
    public void Csv_deliveries_match_their_contract(string file, string contractId)
    {
        var contract = new ContractMapping(contractId);
        var table = DeliveryTable.ReadCsv(year.Path(file), contract.Delimiter);

        table.Columns.Should().BeEquivalentTo(contract.FlatColumns(), "the header holds exactly the contract's columns");
        CheckRows(contract, table);
    }

    [Fact]
    public void Courts_workbook_has_the_sheet_the_columns_and_real_date_cells()
    {
        var contract = new ContractMapping("courts-decisions");
        contract.Json.GetProperty("format").GetProperty("sheet").GetString().Should().Be("Entscheidungen");
        var table = DeliveryTable.ReadXlsx(year.Path("clean/courts_decisions_2024.xlsx"), "Entscheidungen");

        table.Columns.Should().BeEquivalentTo(contract.Columns);
        table.Rows.Should().NotBeEmpty().And.OnlyContain(r => r["Urteilsdatum"] is DateTime && r["Anklagedatum"] is DateTime);
        CheckRows(contract, table);
    }

    [Fact]
    public void Nrm_json_has_the_records_path_the_nested_fields_and_children()
    {
        var contract = new ContractMapping("socialcare-nrm");
        var table = DeliveryTable.ReadJson(year.Path("clean/nrm_cases_2024.json"), contract.Json.GetProperty("format").GetProperty("recordsPath").GetString()!, out var records);

        table.Columns.Should().BeEquivalentTo(contract.Columns);
        table.Rows.Should().OnlyContain(r => r.Count == contract.Columns.Count(), "every record carries every field, null when absent");
        CheckRows(contract, table);

        foreach (var child in contract.Children())
        {
            var path = child.GetProperty("path").GetString()!;
            var columns = child.GetProperty("columns").EnumerateObject().ToList();
            var items = records.SelectMany(r => r.GetProperty(path).EnumerateArray()).ToList();
            items.Should().NotBeEmpty();
            foreach (var item in items)
            {
                item.EnumerateObject().Select(p => p.Name).Should().BeEquivalentTo(columns.Select(c => c.Name));
                foreach (var column in columns)
                {
                    var value = item.GetProperty(column.Name);
                    var text = value.ValueKind == JsonValueKind.Null ? null : value.GetString();
                    ContractMapping.Canonical(column.Value, column.Name, text);
                    if (column.Value.TryGetProperty("required", out var required) && required.GetBoolean())
                    {
                        text.Should().NotBeNullOrEmpty($"{path}.{column.Name} is required");
                    }
                }
            }
        }
    }

    private static void CheckRows(ContractMapping contract, DeliveryTable table)
    {
        table.Rows.Should().NotBeEmpty();
        foreach (var row in table.Rows)
        {
            foreach (var required in contract.RequiredColumns)
            {
                DeliveryTable.Text(row[required]).Should().NotBeNullOrWhiteSpace($"{required} is required");
            }

            foreach (var column in contract.Columns)
            {
                var text = DeliveryTable.Text(row[column]);
                var codes = contract.Canonical(column, text);
                CheckValue(contract, contract.Field(column), row[column], text, codes);
            }
        }
    }

    private static void CheckValue(ContractMapping contract, string field, object? raw, string? text, IReadOnlyList<string> codes)
    {
        if (string.IsNullOrEmpty(text))
        {
            return;
        }

        switch (field)
        {
            case "linkage_key" or "person_key":
                text.Should().MatchRegex(HexKey().ToString());
                break;
            case "registration_date" or "identification_date" or "decision_date" or "reference_date" or "start_date" or "end_date":
                contract.ParseDate(raw).Year.Should().Be(GeneratedYear.Year);
                break;
            case "region":
                Regions.Should().Contain(text);
                break;
            case "citizenship" or "exploitation_country":
                Countries.Should().Contain(text);
                break;
            case "labour_sector":
                Sectors.Should().Contain(codes);
                break;
            case "age_years":
                int.Parse(text, System.Globalization.CultureInfo.InvariantCulture).Should().BeInRange(0, 120);
                break;
        }
    }

    [GeneratedRegex("^[0-9a-f]{64}$")]
    private static partial Regex HexKey();
}
