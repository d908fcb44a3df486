using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Stats.Core.Privacy;

namespace Stats.Etl.Tests.Synthetic;

/// <summary>Each dirty delivery has exactly the defect its name and the ground truth claim.</summary>
public sealed class DirtyDeliveryTests(GeneratedYear year) : IClassFixture<GeneratedYear>
{
    [Fact]
    public void Identifying_delivery_carries_a_name_column_and_otherwise_the_contract_columns()
    {
        var table = DeliveryTable.ReadCsv(year.Path("dirty/police_victims_2024_identifying.csv"), ';');
        table.Columns.Where(IdentifyingColumns.IsIdentifying).Should().Equal("first_name");
        table.Columns.Except(["first_name"]).Should().BeEquivalentTo(new ContractMapping("police-victims").FlatColumns());
        Expect("dirty/police_victims_2024_identifying.csv", "refused", "identifying_column");
    }

    [Fact]
    public void Raw_police_file_would_be_refused_for_identifying_columns()
    {
        var table = DeliveryTable.ReadCsv(year.Path("raw/police_victims_raw_2024.csv"), ';');
        table.Columns.Where(IdentifyingColumns.IsIdentifying).Should().BeEquivalentTo("surname", "given_name", "date_of_birth");
        Expect("raw/police_victims_raw_2024.csv", "refused", "identifying_column");
    }

    [Fact]
    public void Unknown_column_delivery_has_one_column_the_contract_does_not_know()
    {
        var table = DeliveryTable.ReadCsv(year.Path("dirty/prosecution_persons_2024_unknown_column.csv"), ',');
        table.Columns.Except(new ContractMapping("prosecution-persons").FlatColumns()).Should().Equal("priority_flag");
        IdentifyingColumns.IsIdentifying("priority_flag").Should().BeFalse();
        Expect("dirty/prosecution_persons_2024_unknown_column.csv", "refused", "unknown_column");
    }

    [Fact]
    public void Missing_column_workbook_lacks_only_the_decision_date()
    {
        var table = DeliveryTable.ReadXlsx(year.Path("dirty/courts_decisions_2024_missing_column.xlsx"), "Entscheidungen");
        new ContractMapping("courts-decisions").Columns.Except(table.Columns).Should().Equal("Urteilsdatum");
        Expect("dirty/courts_decisions_2024_missing_column.xlsx", "refused", "missing_required_column");
    }

    [Fact]
    public void Latin1_delivery_is_invalid_utf8_and_reads_as_windows_1252()
    {
        var bytes = File.ReadAllBytes(year.Path("dirty/ngo_htcds_2024_latin1.csv"));
        var strict = new UTF8Encoding(false, throwOnInvalidBytes: true);
        var act = () => strict.GetString(bytes);
        act.Should().Throw<DecoderFallbackException>();
        Encoding.Latin1.GetString(bytes).Split('\n')[1].Should().StartWith("GRÜN-2024-");
        Expect("dirty/ngo_htcds_2024_latin1.csv", "refused", "unreadable_encoding");
    }

    [Fact]
    public void Truncated_json_is_valid_utf8_but_not_valid_json()
    {
        var bytes = File.ReadAllBytes(year.Path("dirty/nrm_cases_2024_truncated.json"));
        var clean = File.ReadAllBytes(year.Path("clean/nrm_cases_2024.json"));
        bytes.Length.Should().BeLessThan(clean.Length);
        clean.AsSpan(0, bytes.Length).SequenceEqual(bytes).Should().BeTrue("the truncated file is a prefix of the clean one");
        new UTF8Encoding(false, true).GetString(bytes).Should().NotBeEmpty();
        var act = () => JsonDocument.Parse(bytes);
        act.Should().Throw<JsonException>();
        Expect("dirty/nrm_cases_2024_truncated.json", "refused", "malformed_file");
    }

    [Fact]
    public void Resent_delivery_is_byte_identical_to_the_clean_police_file()
    {
        SHA256.HashData(File.ReadAllBytes(year.Path("dirty/police_victims_2024_resent.csv")))
            .Should().Equal(SHA256.HashData(File.ReadAllBytes(year.Path("clean/police_victims_2024.csv"))));
        Expect("dirty/police_victims_2024_resent.csv", "duplicate", null);
    }

    [Fact]
    public void Row_rules_delivery_breaks_each_rule_in_exactly_two_rows_and_each_bad_row_one_rule()
    {
        var contract = new ContractMapping("police-victims");
        var table = DeliveryTable.ReadCsv(year.Path("dirty/police_victims_2024_rowrules.csv"), ';');
        table.Columns.Should().BeEquivalentTo(contract.FlatColumns());
        var broken = table.Rows.Select(r => RowRuleCheck.Broken(contract, r)).ToList();

        broken.Where(b => b.Count > 0).Should().OnlyContain(b => b.Count == 1, "each bad row breaks exactly one rule");
        var perRule = broken.SelectMany(b => b).GroupBy(r => r).ToDictionary(g => g.Key, g => g.Count());
        var truth = year.Truth.Deliveries.Single(d => d.File == "dirty/police_victims_2024_rowrules.csv");
        perRule.Should().BeEquivalentTo(truth.QuarantinedByRule);
        perRule.Keys.Should().BeEquivalentTo(
            "unknown_code", "impossible_date", "future_date", "age_out_of_range", "decision_before_registration", "malformed_linkage_key", "missing_required_value");
        perRule.Values.Should().OnlyContain(n => n == 2);
        broken.Count(b => b.Count == 0).Should().Be(truth.RowsLoaded).And.BeGreaterThan(0);
        truth.Expected.Should().Be("loaded");
    }

    [Fact]
    public void Every_written_delivery_has_a_ground_truth_entry()
    {
        var deliveries = Directory.GetFiles(year.Directory, "*", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(year.Directory, f).Replace('\\', '/'))
            .Where(f => f is not "ground-truth.json" and not "raw/demo-secret.txt");
        year.Truth.Deliveries.Select(d => d.File).Should().BeEquivalentTo(deliveries);
        year.Result.Files.Should().HaveCount(deliveries.Count() + 2);
    }

    private void Expect(string file, string expected, string? reason)
    {
        var entry = year.Truth.Deliveries.Single(d => d.File == file);
        (entry.Expected, entry.Reason, entry.RowsLoaded).Should().Be((expected, reason, 0));
    }
}
