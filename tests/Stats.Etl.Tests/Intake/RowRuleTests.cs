using Stats.Etl.Intake;

namespace Stats.Etl.Tests.Intake;

/// <summary>
/// Each row rule: four police-victims records where record 2 breaks exactly one rule. The rule, column and record
/// number are quarantined and records 1, 3 and 4 are staged.
/// </summary>
public sealed class RowRuleTests : IntakeTestBase
{
    // Column positions in PoliceVictimsFile.Header.
    private const int Pseudonym = 1, Detected = 2, Identified = 3, Category = 4, Gender = 5, Age = 6, Exploitation = 9;

    public static TheoryData<string, int, string, int?, string?, string, string> Rules() => new()
    {
        // name, column position, bad value, second position, second value, rule, column reported
        { "code", Gender, "q", null, null, "unknown_code", "gender" },
        { "code in a list", Exploitation, "sexual|flying", null, null, "unknown_code", "exploitation" },
        { "day 31 of February", Detected, "31.02.2024", Identified, "", "impossible_date", "detected_on" },
        { "ISO instead of dd.MM.yyyy", Detected, "2024-03-05", Identified, "", "impossible_date", "detected_on" },
        { "a day after delivery", Detected, "01.07.2025", Identified, "", "future_date", "detected_on" },
        { "age above 120", Age, "121", null, null, "age_out_of_range", "age" },
        { "negative age", Age, "-1", null, null, "age_out_of_range", "age" },
        { "identified before detected", Identified, "04.03.2024", null, null, "decision_before_registration", "identified_on" },
        { "upper-case key", Pseudonym, "UPPER", null, null, "malformed_linkage_key", "person_pseudonym" },
        { "short key", Pseudonym, "abc123", null, null, "malformed_linkage_key", "person_pseudonym" },
        { "empty required code", Category, "", null, null, "missing_required_value", "victim_category" },
        { "empty required key", Pseudonym, " ", null, null, "missing_required_value", "person_pseudonym" },
        { "letters in a number", Age, "3x", null, null, "invalid_number", "age" },
        { "decimal age", Age, "12.5", null, null, "invalid_number", "age" },
    };

    [Theory]
    [MemberData(nameof(Rules))]
    public async Task Row_breaking_one_rule_is_quarantined_and_the_others_load(
        string name, int position, string value, int? position2, string? value2, string rule, string column)
    {
        var bad = PoliceVictimsFile.Good(2, Key(2));
        bad[position] = value == "UPPER" ? Key(2).ToUpperInvariant() : value;
        if (position2 is { } p2)
        {
            bad[p2] = value2!;
        }

        var path = Write("police_victims_rules.csv", PoliceVictimsFile.Of(
            PoliceVictimsFile.Line(PoliceVictimsFile.Good(1, Key(1))), PoliceVictimsFile.Line(bad),
            PoliceVictimsFile.Line(PoliceVictimsFile.Good(3, Key(3))), PoliceVictimsFile.Line(PoliceVictimsFile.Good(4, Key(4)))));

        var outcome = await LoadAsync("police-victims", path);

        outcome.Status.Should().Be(IntakeStatus.Loaded, name);
        (outcome.RowsRead, outcome.RowsLoaded, outcome.RowsQuarantined).Should().Be((4L, 3L, 1L), name);
        outcome.Quarantine.Should().Equal(new QuarantineCount("victim", rule, column, 1));
        var quarantined = (await QuarantineAsync(outcome.LoadBatchKey!.Value)).Single();
        (quarantined.Entity, quarantined.Rule, quarantined.Column, quarantined.Record, quarantined.Parent).Should().Be(("victim", rule, column, 2L, (long?)null));
        quarantined.Message.Should().NotBeNullOrWhiteSpace().And.NotContain(Key(2)).And.NotContainEquivalentOf(Key(2));
        (await RowsAsync("SELECT record_number FROM stg_intake__victim_registration ORDER BY 1")).Select(r => r[0]).Should().Equal("1", "3", "4");
        (await RowsAsync("SELECT rows_read, rows_loaded, rows_quarantined FROM meta_load_batch")).Single().Should().Equal("4", "3", "1");
    }

    [Fact]
    public async Task Row_breaking_two_rules_is_quarantined_once_per_rule_and_counted_once()
    {
        var bad = PoliceVictimsFile.Good(2, Key(2));
        bad[Gender] = "q";
        bad[Age] = "200";
        var path = Write("police_victims_two_rules.csv", PoliceVictimsFile.Of(
            PoliceVictimsFile.Line(PoliceVictimsFile.Good(1, Key(1))), PoliceVictimsFile.Line(bad)));

        var outcome = await LoadAsync("police-victims", path);

        (outcome.RowsRead, outcome.RowsLoaded, outcome.RowsQuarantined).Should().Be((2L, 1L, 1L));
        (await QuarantineAsync(outcome.LoadBatchKey!.Value)).Select(q => (q.Rule, q.Column, q.Record))
            .Should().BeEquivalentTo(new[] { ("age_out_of_range", "age", 2L), ("unknown_code", "gender", 2L) });
    }

    [Fact]
    public async Task Invalid_boolean_in_json_is_quarantined()
    {
        var json = ShippedContractsJsonXlsxTests.NrmJson(Key(41), Key(42)).Replace("\"unaccompaniedMinor\": false", "\"unaccompaniedMinor\": \"maybe\"", StringComparison.Ordinal);
        var outcome = await LoadAsync("socialcare-nrm", Write("nrm_bool.json", json));

        outcome.Status.Should().Be(IntakeStatus.Loaded, outcome.Message);
        var rows = await QuarantineAsync(outcome.LoadBatchKey!.Value);
        rows.Select(q => (q.Entity, q.Rule, q.Column, q.Record, q.Parent)).Should().BeEquivalentTo(new[]
        {
            ("victim", "invalid_boolean", "person.unaccompaniedMinor", 2L, (long?)null),
            ("immigration", "parent_quarantined", "decisions", 2L, (long?)2L),
        });
        rows.Single(q => q.Entity == "victim").Message.Should().Contain("'maybe'");
        (await CountAsync("SELECT count(*) FROM stg_intake__victim_registration")).Should().Be(1);
        (await CountAsync("SELECT count(*) FROM stg_intake__immigration_decision")).Should().Be(1);
        (await CountAsync("SELECT count(*) FROM stg_intake__assistance_episode")).Should().Be(2);
    }

    [Fact]
    public async Task Quarantined_parent_takes_its_children()
    {
        var json = ShippedContractsJsonXlsxTests.NrmJson("not-a-key", Key(42));
        var outcome = await LoadAsync("socialcare-nrm", Write("nrm_bad_parent.json", json));

        (outcome.RowsRead, outcome.RowsLoaded, outcome.RowsQuarantined).Should().Be((6L, 2L, 4L));
        (await QuarantineAsync(outcome.LoadBatchKey!.Value)).Select(q => (q.Entity, q.Rule, q.Column, q.Record, q.Parent)).Should().BeEquivalentTo(new[]
        {
            ("victim", "malformed_linkage_key", "linkageKey", 1L, (long?)null),
            ("assistance", "parent_quarantined", "services", 1L, (long?)1L),
            ("assistance", "parent_quarantined", "services", 2L, (long?)1L),
            ("immigration", "parent_quarantined", "decisions", 1L, (long?)1L),
        });
        (await RowsAsync("SELECT record_id FROM stg_intake__victim_registration")).Select(r => r[0]).Should().Equal("NRM-2");
        (await CountAsync("SELECT count(*) FROM stg_intake__assistance_episode")).Should().Be(0);
        (await RowsAsync("SELECT record_number FROM stg_intake__immigration_decision")).Select(r => r[0]).Should().Equal("2");
    }

    [Fact]
    public async Task Bad_child_is_quarantined_without_its_parent()
    {
        var json = ShippedContractsJsonXlsxTests.NrmJson(Key(41), Key(42))
            .Replace("\"type\": \"counselling\"", "\"type\": \"spa\"", StringComparison.Ordinal)
            .Replace("\"date\": \"2024-05-02\"", "\"date\": \"2024-02-28\"", StringComparison.Ordinal);
        var outcome = await LoadAsync("socialcare-nrm", Write("nrm_bad_child.json", json));

        (outcome.RowsRead, outcome.RowsLoaded, outcome.RowsQuarantined).Should().Be((6L, 4L, 2L));
        (await QuarantineAsync(outcome.LoadBatchKey!.Value)).Select(q => (q.Entity, q.Rule, q.Column, q.Record, q.Parent)).Should().BeEquivalentTo(new[]
        {
            ("assistance", "unknown_code", "type", 2L, (long?)1L),
            ("immigration", "decision_before_registration", "date", 2L, (long?)2L),
        });
        (await CountAsync("SELECT count(*) FROM stg_intake__victim_registration")).Should().Be(2);
        (await RowsAsync("SELECT record_number FROM stg_intake__assistance_episode")).Select(r => r[0]).Should().Equal("1");
        (await RowsAsync("SELECT record_number FROM stg_intake__immigration_decision")).Select(r => r[0]).Should().Equal("1");
    }
}
