using Stats.Etl.Intake;

namespace Stats.Etl.Tests.Intake;

/// <summary>
/// Issue 10 (CSV injection): the free-text fields (record and case ids) are the only delivered text stored as it came;
/// one starting like a spreadsheet formula is quarantined (formula_text) and its message does not repeat it.
/// </summary>
public sealed class FormulaTextTests : IntakeTestBase
{
    [Theory]
    [InlineData("=cmd|' /C calc'!A0")]
    [InlineData("+1+cmd|' /C calc'!A0")]
    [InlineData("-2+3+cmd|' /C calc'!A0")]
    [InlineData("@SUM(1+1)*cmd|' /C calc'!A0")]
    [InlineData("=HYPERLINK(\"http://example.invalid\",\"x\")")]
    [InlineData("\t=1+1")]
    [InlineData("\n=1+1")]
    [InlineData(" \r\n @SUM(A1)")]
    public async Task Issue_10_an_id_starting_like_a_formula_is_quarantined_without_quoting_it(string id)
    {
        var bad = PoliceVictimsFile.Good(2, Key(2));
        bad[0] = "\"" + id.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";
        var path = Write("police_victims_formula.csv", PoliceVictimsFile.Of(
            PoliceVictimsFile.Line(PoliceVictimsFile.Good(1, Key(1))), PoliceVictimsFile.Line(bad)));

        var outcome = await LoadAsync("police-victims", path);

        outcome.Status.Should().Be(IntakeStatus.Loaded, outcome.Message);
        (outcome.RowsRead, outcome.RowsLoaded, outcome.RowsQuarantined).Should().Be((2L, 1L, 1L));
        outcome.Quarantine.Should().Equal(new QuarantineCount("victim", "formula_text", "case_ref", 1));
        var row = (await QuarantineAsync(outcome.LoadBatchKey!.Value)).Single();
        row.Record.Should().Be(2);
        row.Message.Should().Contain("formula").And.NotContain("cmd").And.NotContain("SUM").And.NotContain("HYPERLINK").And.NotContain("1+1");
        (await RowsAsync("SELECT record_id FROM stg_intake__victim_registration")).Select(r => r[0]).Should().Equal("P-1");
    }

    [Fact]
    public async Task Issue_10_formula_characters_inside_an_id_are_no_formula()
    {
        var cells = PoliceVictimsFile.Good(1, Key(1));
        cells[0] = "P-1=2+3@x";
        var path = Write("police_victims_inner.csv", PoliceVictimsFile.Of(PoliceVictimsFile.Line(cells)));

        var outcome = await LoadAsync("police-victims", path);

        outcome.RowsLoaded.Should().Be(1, outcome.Message);
    }
}
