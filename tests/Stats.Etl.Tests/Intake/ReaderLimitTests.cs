using System.IO.Compression;
using System.Text;
using Stats.Etl.Intake;
using Stats.Etl.Readers;

namespace Stats.Etl.Tests.Intake;

/// <summary>
/// Issue 10 (bad deliveries corpus): the reader limits. A delivery beyond one is refused with limit_exceeded and a
/// message naming the file and the limit, before it is read into memory; nothing of it is written.
/// </summary>
public sealed class ReaderLimitTests : IntakeTestBase
{
    private async Task AssertRefusedAsync(IntakeOutcome outcome, string reason, string fileName, params string[] expected)
    {
        outcome.Status.Should().Be(IntakeStatus.Refused, outcome.Message);
        outcome.RefusalReason.Should().Be(reason);
        outcome.Message.Should().Contain(fileName).And.Contain(reason);
        foreach (var text in expected)
        {
            outcome.Message.Should().Contain(text);
        }

        (await CountAsync("SELECT count(*) FROM meta_load_batch")).Should().Be(0);
        (await CountAsync("SELECT count(*) FROM stg_intake__justice_person_stage")).Should().Be(0);
        (await CountAsync("SELECT count(*) FROM duckdb_tables() WHERE temporary")).Should().Be(0);
    }

    [Fact]
    public async Task Issue_10_a_csv_line_longer_than_the_duckdb_buffer_is_refused_not_dropped()
    {
        // Before the limit DuckDB's reader dropped this 40 MB line without a word: the delivery "loaded" 1 row of 2.
        var path = Path.Combine(Dir, "police_victims_huge_line.csv");
        await using (var writer = new StreamWriter(path, false, new UTF8Encoding(false)))
        {
            await writer.WriteAsync(PoliceVictimsFile.Of(PoliceVictimsFile.Line(PoliceVictimsFile.Good(1, Key(1)))));
            await writer.WriteAsync(new string('A', 40_000_000));
        }

        var outcome = await LoadAsync("police-victims", path);

        await AssertRefusedAsync(outcome, "limit_exceeded", "police_victims_huge_line.csv", "line 3", "1 MiB");
    }

    [Fact]
    public async Task Issue_10_a_csv_record_over_one_mebibyte_is_refused_also_when_quoted_across_lines()
    {
        var quoted = "\"" + string.Join("\n", Enumerable.Repeat(new string('B', 100_000), 12)) + "\"";
        var cells = PoliceVictimsFile.Good(2, Key(2));
        cells[0] = quoted;
        var path = Write("police_victims_long_record.csv", PoliceVictimsFile.Of(PoliceVictimsFile.Line(PoliceVictimsFile.Good(1, Key(1))), PoliceVictimsFile.Line(cells)));

        var outcome = await LoadAsync("police-victims", path);

        await AssertRefusedAsync(outcome, "limit_exceeded", "police_victims_long_record.csv", "line 3", "1 MiB");
    }

    [Fact]
    public async Task Issue_10_a_csv_record_just_under_the_limit_still_loads()
    {
        var cells = PoliceVictimsFile.Good(1, Key(1));
        cells[0] = new string('P', (1 << 20) - 200);
        var path = Write("police_victims_long_id.csv", PoliceVictimsFile.Of(PoliceVictimsFile.Line(cells)));

        var outcome = await LoadAsync("police-victims", path);

        outcome.Status.Should().Be(IntakeStatus.Loaded, outcome.Message);
        outcome.RowsLoaded.Should().Be(1);
    }

    [Theory]
    [InlineData(1)]
    [InlineData(7)]
    [InlineData(1 << 16)]
    public void Csv_record_lengths_count_quoted_line_ends_inside_the_record_whatever_the_chunks(int chunk)
    {
        var text = "a;b\n\"x\ny\";123456\nshort\n\"q\"\"uote\";" + new string('z', 20);
        var bytes = Encoding.UTF8.GetBytes(text);
        var lengths = new CsvRecordLengths();
        for (var i = 0; i < bytes.Length; i += chunk)
        {
            lengths.Feed(bytes.AsSpan(i, Math.Min(chunk, bytes.Length - i)));
        }

        lengths.Complete();

        (lengths.Longest, lengths.LongestLine).Should().Be((30L, 5L));
    }

    [Fact]
    public async Task Issue_10_json_nested_100000_levels_is_refused_naming_the_depth_limit()
    {
        var path = Write("nrm_deep.json", "{\"cases\": [{\"caseId\": \"1\", \"x\": " + new string('[', 100_000) + new string(']', 100_000) + "}]}");

        var outcome = await LoadAsync("socialcare-nrm", path);

        await AssertRefusedAsync(outcome, "limit_exceeded", "nrm_deep.json", "64 levels");
    }

    [Fact]
    public async Task Issue_10_json_nested_as_deep_as_the_limit_is_read_and_judged_by_its_columns()
    {
        // 64 levels in all: the root object, the cases array, the record, then 61 levels of "x".
        var path = Write("nrm_deep_ok.json", "{\"cases\": [{\"caseId\": \"1\", \"x\": " + new string('[', 61) + new string(']', 61) + "}]}");

        var outcome = await LoadAsync("socialcare-nrm", path);

        outcome.RefusalReason.Should().NotBe("limit_exceeded", outcome.Message);
        outcome.Status.Should().Be(IntakeStatus.Refused);
    }

    [Fact]
    public async Task Issue_10_a_json_value_longer_than_one_mebibyte_is_refused_before_the_document_is_built()
    {
        var path = Write("nrm_huge_value.json", "{\n\"cases\": [\n{\"caseId\": \"" + new string('A', 3_000_000) + "\"}]}");

        var outcome = await LoadAsync("socialcare-nrm", path);

        await AssertRefusedAsync(outcome, "limit_exceeded", "nrm_huge_value.json", "line 3", "1 MiB");
    }

    [Fact]
    public async Task Issue_10_a_json_syntax_error_after_the_first_buffer_names_its_line()
    {
        var filler = string.Concat(Enumerable.Repeat("{\"caseId\": \"x\"},\n", 20_000));
        var path = Write("nrm_broken_late.json", "{\"cases\": [\n" + filler + "{\"caseId\": }]}");

        var outcome = await LoadAsync("socialcare-nrm", path);

        await AssertRefusedAsync(outcome, "malformed_file", "nrm_broken_late.json", "line 20002", "not valid JSON");
    }

    [Fact]
    public async Task Issue_10_a_json_record_naming_a_property_twice_is_refused()
    {
        var path = Write("nrm_duplicate_property.json", "{\"cases\": [{\"caseId\": \"1\", \"caseId\": \"2\"}]}");

        var outcome = await LoadAsync("socialcare-nrm", path);

        await AssertRefusedAsync(outcome, "malformed_file", "nrm_duplicate_property.json", "same property twice");
    }

    [Fact]
    public async Task Issue_10_an_xlsx_part_inflating_a_thousand_to_one_is_refused_as_a_zip_bomb()
    {
        var path = Path.Combine(Dir, "courts_bomb.xlsx");
        WriteWorkbookWithSheet(path, "xl/worksheets/sheet1.xml", 64 << 20);

        var outcome = await LoadAsync("courts-decisions", path);

        await AssertRefusedAsync(outcome, "limit_exceeded", "courts_bomb.xlsx", "xl/worksheets/sheet1.xml", "at most 100 to 1", "zip bomb");
    }

    [Fact]
    public async Task Issue_10_an_xlsx_sheet_whose_xml_is_cut_short_is_refused_not_thrown()
    {
        var path = Path.Combine(Dir, "courts_cut_xml.xlsx");
        ShippedContractsJsonXlsxTests.WriteCourtsXlsx(path,
            Enumerable.Range(1, 40).Select(i => ShippedContractsJsonXlsxTests.CourtRow(
                $"LG {i}/24", Key(i), null, new DateTime(2024, 4, 18), "schuldig", null, null, null, null, null, null, null, null)));
        CutEntry(path, "xl/worksheets/sheet1.xml");

        var outcome = await LoadAsync("courts-decisions", path);

        await AssertRefusedAsync(outcome, "malformed_file", "courts_cut_xml.xlsx", "not well-formed XML");
    }

    [Fact]
    public async Task Issue_10_a_zip_that_is_no_workbook_is_refused()
    {
        var path = Path.Combine(Dir, "courts_other_zip.xlsx");
        using (var zip = ZipFile.Open(path, ZipArchiveMode.Create))
        {
            using var writer = new StreamWriter(zip.CreateEntry("readme.txt").Open());
            writer.Write("not a workbook");
        }

        await AssertRefusedAsync(await LoadAsync("courts-decisions", path), "malformed_file", "courts_other_zip.xlsx", "not a readable XLSX workbook");
    }

    public static TheoryData<string, string, string, string> SheetAttacks() => new()
    {
        // name, what replaces "</x:sheetData>" in the sheet part, reason, text the message must contain
        { "a cell in column XFD", "<x:row r=\"9\"><x:c r=\"XFD9\" t=\"inlineStr\"><x:is><x:t>x</x:t></x:is></x:c></x:row></x:sheetData>", "limit_exceeded", "at most 256 columns" },
        { "a row numbered 1048576", "<x:row r=\"1048576\"><x:c r=\"A1048576\" t=\"inlineStr\"><x:is><x:t>x</x:t></x:is></x:c></x:row></x:sheetData>", "limit_exceeded", "at most 4,194,304 cells" },
        { "a cell outside the dimension", "<x:row r=\"9\"><x:c r=\"Z9\" t=\"inlineStr\"><x:is><x:t>x</x:t></x:is></x:c></x:row></x:sheetData>", "malformed_file", "outside the sheet's declared dimension" },
        { "two cells at one place", "<x:row r=\"9\"><x:c r=\"A9\" t=\"inlineStr\"><x:is><x:t>one</x:t></x:is></x:c><x:c r=\"A9\" t=\"inlineStr\"><x:is><x:t>two</x:t></x:is></x:c></x:row></x:sheetData>", "malformed_file", "cells repeated or out of order" },
        { "a row numbered -5", "<x:row r=\"-5\"><x:c r=\"A9\" t=\"inlineStr\"><x:is><x:t>x</x:t></x:is></x:c></x:row></x:sheetData>", "malformed_file", "a row numbered '-5'" },
        { "a row repeated", "<x:row r=\"2\"><x:c r=\"A2\" t=\"inlineStr\"><x:is><x:t>x</x:t></x:is></x:c></x:row></x:sheetData>", "malformed_file", "rows repeated or out of order" },
        { "a text of 40,000 characters", "<x:row r=\"9\"><x:c r=\"A9\" t=\"inlineStr\"><x:is><x:t>" + new string('A', 40_000) + "</x:t></x:is></x:c></x:row></x:sheetData>", "limit_exceeded", "32,767 characters" },
    };

    [Theory]
    [MemberData(nameof(SheetAttacks))]
    public async Task Issue_10_sheet_xml_beyond_the_reader_limits_is_refused_before_miniexcel_reads_it(string name, string replacement, string reason, string expected)
    {
        var path = Path.Combine(Dir, "courts_sheet_attack.xlsx");
        ShippedContractsJsonXlsxTests.WriteCourtsXlsx(path, [ShippedContractsJsonXlsxTests.CourtRow("LG 1/24", Key(1), null, new DateTime(2024, 4, 18), "schuldig", null, null, null, null, null, null, null, null)]);
        RewriteSheet(path, xml => xml.Replace("</x:sheetData>", replacement, StringComparison.Ordinal));

        await AssertRefusedAsync(await LoadAsync("courts-decisions", path), reason, "courts_sheet_attack.xlsx", expected);
        name.Should().NotBeEmpty();
    }

    [Fact]
    public async Task Issue_10_a_sheet_declaring_a_dtd_is_refused_without_expanding_entities()
    {
        var path = Path.Combine(Dir, "courts_entities.xlsx");
        ShippedContractsJsonXlsxTests.WriteCourtsXlsx(path, [ShippedContractsJsonXlsxTests.CourtRow("LG 1/24", Key(1), null, new DateTime(2024, 4, 18), "schuldig", null, null, null, null, null, null, null, null)]);
        var entities = string.Concat(Enumerable.Range(2, 8).Select(i => $"<!ENTITY l{i} \"{string.Concat(Enumerable.Repeat($"&l{i - 1};", 10))}\">"));
        RewriteSheet(path, xml => "<?xml version=\"1.0\"?><!DOCTYPE x:worksheet [<!ENTITY l1 \"lol\">" + entities + "]>"
            + xml[xml.IndexOf("<x:worksheet", StringComparison.Ordinal)..].Replace("</x:sheetData>", "<x:row r=\"2\"><x:c r=\"A2\" t=\"inlineStr\"><x:is><x:t>&l9;</x:t></x:is></x:c></x:row></x:sheetData>", StringComparison.Ordinal));

        await AssertRefusedAsync(await LoadAsync("courts-decisions", path), "malformed_file", "courts_entities.xlsx", "declares a DTD");
    }

    private static void RewriteSheet(string path, Func<string, string> change)
    {
        using var zip = ZipFile.Open(path, ZipArchiveMode.Update);
        var entry = zip.Entries.Single(e => e.FullName.StartsWith("xl/worksheets/", StringComparison.Ordinal) && e.FullName.EndsWith(".xml", StringComparison.Ordinal));
        var name = entry.FullName;
        string xml;
        using (var reader = new StreamReader(entry.Open()))
        {
            xml = reader.ReadToEnd();
        }

        entry.Delete();
        using var writer = new StreamWriter(zip.CreateEntry(name).Open(), new UTF8Encoding(false));
        writer.Write(change(xml));
    }

    /// <summary>A minimal workbook whose sheet part is <paramref name="spaces"/> spaces of padding after its root element.</summary>
    private static void WriteWorkbookWithSheet(string path, string sheetPart, int spaces)
    {
        ShippedContractsJsonXlsxTests.WriteCourtsXlsx(path, [ShippedContractsJsonXlsxTests.CourtRow("LG 1/24", Key(1), null, new DateTime(2024, 4, 18), "schuldig", null, null, null, null, null, null, null, null)]);
        using var zip = ZipFile.Open(path, ZipArchiveMode.Update);
        var entry = zip.GetEntry(sheetPart)!;
        string xml;
        using (var reader = new StreamReader(entry.Open()))
        {
            xml = reader.ReadToEnd();
        }

        entry.Delete();
        using var stream = zip.CreateEntry(sheetPart, CompressionLevel.SmallestSize).Open();
        stream.Write(Encoding.UTF8.GetBytes(xml));
        var padding = new byte[1 << 20];
        padding.AsSpan().Fill((byte)' ');
        for (var written = 0; written < spaces; written += padding.Length)
        {
            stream.Write(padding);
        }
    }

    /// <summary>Rewrites one part of the package with only the first half of its bytes (a well-formed zip, broken XML).</summary>
    private static void CutEntry(string path, string part)
    {
        using var zip = ZipFile.Open(path, ZipArchiveMode.Update);
        var entry = zip.GetEntry(part)!;
        byte[] bytes;
        using (var stream = entry.Open())
        using (var copy = new MemoryStream())
        {
            stream.CopyTo(copy);
            bytes = copy.ToArray();
        }

        entry.Delete();
        using var target = zip.CreateEntry(part).Open();
        target.Write(bytes.AsSpan(0, bytes.Length / 2));
    }
}
