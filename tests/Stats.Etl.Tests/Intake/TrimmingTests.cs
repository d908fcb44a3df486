using Stats.Etl.Intake;

namespace Stats.Etl.Tests.Intake;

/// <summary>
/// Intake trims delivered values the way DuckDB's trim() does (Unicode space separators only), also on its fast
/// path for plain ASCII values: spaces and non-breaking spaces go, a tab stays and is then no code.
/// </summary>
public sealed class TrimmingTests : IntakeTestBase
{
    private const int CaseRef = 0, Gender = 5, Nationality = 7, Sector = 10;
    private const string Nbsp = "\u00A0", IdeographicSpace = "\u3000";

    [Fact]
    public async Task Spaces_and_unicode_space_separators_are_trimmed_before_rules_and_staging()
    {
        var spaced = PoliceVictimsFile.Good(1, "  " + Key(1) + " ");
        spaced[CaseRef] = " P-1 ";
        spaced[Gender] = " M ";
        spaced[Nationality] = "RO  ";
        var unicode = PoliceVictimsFile.Good(2, Nbsp + Key(2) + IdeographicSpace);
        unicode[CaseRef] = Nbsp + "P-ü" + Nbsp;
        unicode[Gender] = IdeographicSpace + "d";
        unicode[Sector] = Nbsp;
        var plain = PoliceVictimsFile.Good(3, Key(3));
        plain[CaseRef] = "P-é";
        var path = Write("police_victims_trim.csv", PoliceVictimsFile.Of(
            PoliceVictimsFile.Line(spaced), PoliceVictimsFile.Line(unicode), PoliceVictimsFile.Line(plain)));

        var outcome = await LoadAsync("police-victims", path);

        (outcome.Status, outcome.RowsLoaded, outcome.RowsQuarantined).Should().Be((IntakeStatus.Loaded, 3L, 0L));
        var rows = await RowsAsync(
            "SELECT record_id, linkage_key = $k1 OR linkage_key = $k2 OR linkage_key = $k3, sex, coalesce(citizenship, '-'), coalesce(labour_sector, '-') FROM stg_intake__victim_registration ORDER BY record_number",
            ("k1", Key(1)), ("k2", Key(2)), ("k3", Key(3)));
        rows.Should().HaveCount(3);
        rows[0].Should().Equal("P-1", "True", "M", "RO", "-");
        rows[1].Should().Equal("P-ü", "True", "X", "RO", "-");
        rows[2].Should().Equal("P-é", "True", "F", "RO", "-");
    }

    [Fact]
    public async Task A_tab_is_not_trimmed_so_a_code_behind_it_is_unknown_and_a_key_with_it_malformed()
    {
        var tabbedCode = PoliceVictimsFile.Good(1, Key(1));
        tabbedCode[Gender] = "\tm";
        var tabbedKey = PoliceVictimsFile.Good(2, Key(2) + "\t");
        var path = Write("police_victims_tab.csv", PoliceVictimsFile.Of(
            PoliceVictimsFile.Line(tabbedCode), PoliceVictimsFile.Line(tabbedKey), PoliceVictimsFile.Line(PoliceVictimsFile.Good(3, Key(3)))));

        var outcome = await LoadAsync("police-victims", path);

        (outcome.Status, outcome.RowsLoaded, outcome.RowsQuarantined).Should().Be((IntakeStatus.Loaded, 1L, 2L));
        var quarantined = await QuarantineAsync(outcome.LoadBatchKey!.Value);
        quarantined.Select(q => (q.Rule, q.Column, q.Record)).Should().BeEquivalentTo(
            [("unknown_code", "gender", 1L), ("malformed_linkage_key", "person_pseudonym", 2L)]);
    }
}
