using System.Text;
using Stats.Etl.Intake;

namespace Stats.Etl.Tests.Intake;

/// <summary>Each refusal reason: the outcome names the file and the reason, and nothing of the delivery is written.</summary>
public sealed class RefusalTests : IntakeTestBase
{
    private async Task<WarehouseCounts> LoadEarlierBatchAsync()
    {
        var earlier = Write("police_victims_earlier.csv", PoliceVictimsFile.Of(
            PoliceVictimsFile.Line(PoliceVictimsFile.Good(1, Key(1))), PoliceVictimsFile.Line(PoliceVictimsFile.Good(2, Key(2)))));
        (await LoadAsync("police-victims", earlier)).Status.Should().Be(IntakeStatus.Loaded);
        var counts = await CountsAsync();
        counts.Victims.Should().Be(2);
        return counts;
    }

    private async Task AssertRefusedAsync(IntakeOutcome outcome, string reason, string fileName, WarehouseCounts before)
    {
        outcome.Status.Should().Be(IntakeStatus.Refused, outcome.Message);
        outcome.RefusalReason.Should().Be(reason);
        outcome.Message.Should().Contain(fileName).And.Contain(reason);
        outcome.LoadBatchKey.Should().BeNull();
        (outcome.RowsRead, outcome.RowsLoaded).Should().Be((0L, 0L));
        (await CountsAsync()).Should().Be(before);
        (await CountAsync("SELECT count(*) FROM duckdb_tables() WHERE temporary")).Should().Be(0);
    }

    [Fact]
    public async Task Identifying_column_is_refused_before_an_unknown_one()
    {
        var before = await LoadEarlierBatchAsync();
        var path = Write("police_victims_names.csv",
            PoliceVictimsFile.Header + ";shoe_size;First Name\n" + PoliceVictimsFile.Line(PoliceVictimsFile.Good(3, Key(3))) + ";42;x\n");

        var outcome = await LoadAsync("police-victims", path);

        await AssertRefusedAsync(outcome, "identifying_column", "police_victims_names.csv", before);
        outcome.Message.Should().Contain("'First Name'").And.NotContain("shoe_size");
    }

    [Fact]
    public async Task Unknown_column_is_refused()
    {
        var before = await LoadEarlierBatchAsync();
        var path = Write("police_victims_drift.csv",
            PoliceVictimsFile.Header + ";shoe_size\n" + PoliceVictimsFile.Line(PoliceVictimsFile.Good(3, Key(3))) + ";42\n");

        var outcome = await LoadAsync("police-victims", path);

        await AssertRefusedAsync(outcome, "unknown_column", "police_victims_drift.csv", before);
        outcome.Message.Should().Contain("'shoe_size'");
    }

    [Fact]
    public async Task Missing_required_column_is_refused()
    {
        var before = await LoadEarlierBatchAsync();
        var header = PoliceVictimsFile.Header.Replace("victim_category;", string.Empty, StringComparison.Ordinal);
        var cells = PoliceVictimsFile.Good(3, Key(3)).Where((_, i) => i != 4);
        var path = Write("police_victims_short.csv", header + "\n" + string.Join(";", cells) + "\n");

        var outcome = await LoadAsync("police-victims", path);

        await AssertRefusedAsync(outcome, "missing_required_column", "police_victims_short.csv", before);
        outcome.Message.Should().Contain("'victim_category'");
    }

    [Fact]
    public async Task Latin1_bytes_are_refused_as_unreadable_encoding()
    {
        var before = await LoadEarlierBatchAsync();
        var text = PoliceVictimsFile.Of(PoliceVictimsFile.Line(PoliceVictimsFile.Good(3, Key(3))).Replace("P-3", "P-ä", StringComparison.Ordinal));
        var path = WriteBytes("police_victims_latin1.csv", Encoding.Latin1.GetBytes(text));

        var outcome = await LoadAsync("police-victims", path);

        await AssertRefusedAsync(outcome, "unreadable_encoding", "police_victims_latin1.csv", before);
    }

    [Fact]
    public async Task Utf16_file_is_refused_as_unreadable_encoding()
    {
        var before = await LoadEarlierBatchAsync();
        var text = PoliceVictimsFile.Of(PoliceVictimsFile.Line(PoliceVictimsFile.Good(3, Key(3))));
        var path = WriteBytes("police_victims_utf16.csv", [.. Encoding.Unicode.GetPreamble(), .. Encoding.Unicode.GetBytes(text)]);

        await AssertRefusedAsync(await LoadAsync("police-victims", path), "unreadable_encoding", "police_victims_utf16.csv", before);
    }

    public static TheoryData<string, string, string, string> MalformedFiles() => new()
    {
        // contract, file name, content, text the message must contain
        { "police-victims", "ragged.csv", PoliceVictimsFile.Of(string.Join(";", PoliceVictimsFile.Good(1, Key(9))), "P-2;x;05.03.2024"), "line 3" },
        { "police-victims", "unclosed.csv", PoliceVictimsFile.Of(string.Join(";", PoliceVictimsFile.Good(1, Key(9))).Replace("P-1", "\"P-1", StringComparison.Ordinal)), "not closed" },
        { "police-victims", "empty.csv", string.Empty, "empty" },
        { "police-victims", "blank.csv", "\n\n  \n", "empty" },
        { "socialcare-nrm", "broken.json", "{ \"cases\": [ { \"caseId\": \"1\", } ", "not valid JSON" },
        { "socialcare-nrm", "no_records.json", "{ \"items\": [] }", "cases" },
        { "courts-decisions", "not_a_workbook.xlsx", "Aktenzeichen;Urteil\n", "not a readable XLSX" },
    };

    [Theory]
    [MemberData(nameof(MalformedFiles))]
    public async Task Malformed_file_is_refused(string contract, string fileName, string content, string expected)
    {
        var before = await LoadEarlierBatchAsync();
        var path = Write(fileName, content);

        var outcome = await LoadAsync(contract, path);

        await AssertRefusedAsync(outcome, "malformed_file", fileName, before);
        outcome.Message.Should().Contain(expected);
    }

    [Fact]
    public async Task Workbook_without_the_contract_sheet_is_refused_as_malformed()
    {
        var before = await LoadEarlierBatchAsync();
        var path = Path.Combine(Dir, "courts_wrong_sheet.xlsx");
        ShippedContractsJsonXlsxTests.WriteCourtsXlsx(path,
            [ShippedContractsJsonXlsxTests.CourtRow("LG 1/24", Key(51), null, new DateTime(2024, 4, 18), "schuldig", null, null, null, null, null, null, null, null)],
            sheet: "Tabelle1");

        var outcome = await LoadAsync("courts-decisions", path);

        await AssertRefusedAsync(outcome, "malformed_file", "courts_wrong_sheet.xlsx", before);
        outcome.Message.Should().Contain("'Entscheidungen'");
    }
}
