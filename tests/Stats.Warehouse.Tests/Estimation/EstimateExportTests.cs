using Stats.Warehouse.Indicators;

namespace Stats.Warehouse.Tests.Estimation;

/// <summary>
/// Issue 9: exports of V09 (<see cref="EstimateVintage"/>: 2024 estimate 55, interval 39–86, independence model; 2023
/// refused; V01's totals suppressed at k = 50). SDMX-CSV carries flag e and the interval and model as COMMENT_OBS; the
/// GRETA workbook shows the estimate next to the known count as published; no public file holds the persons seen.
/// </summary>
public sealed class EstimateExportTests(EstimateVintage vintage) : IClassFixture<EstimateVintage>
{
    private const string Comment2024 = "95 % CI 39–86; model independence; fixed model; profile likelihood";

    [Fact]
    public async Task Issue_9_sdmx_csv_rows_of_V09_are_flagged_e_and_carry_the_interval_and_model_as_an_observation_comment()
    {
        var folder = await vintage.ExportAsync("sdmx-csv", IndicatorRole.Public, "V09", "V01");

        var lines = await File.ReadAllLinesAsync(Path.Combine(folder, "V09.csv"));
        lines[0].Should().Be("DATAFLOW,LAST UPDATE,freq,unit,geo,TIME_PERIOD,OBS_VALUE,OBS_FLAG,CONF_STATUS,COMMENT_OBS");
        lines.Skip(1).Select(l => l[(l.IndexOf(",A,", StringComparison.Ordinal) + 1)..]).Should().Equal(
            "A,persons,AT,2023,,,F,not estimated: Fewer than three agencies registered victims in the year: multiple systems estimation needs at least three lists.",
            $"A,persons,AT,2024,55,e,F,{Comment2024}");
        lines.Should().NotContain(l => l.Contains(",34,", StringComparison.Ordinal) || l.Contains("34 ", StringComparison.Ordinal), "the persons seen are not published");

        // metadata.json (written with every format) carries the estimates too, as the public may read them.
        using var metadata = System.Text.Json.JsonDocument.Parse(await File.ReadAllTextAsync(Path.Combine(folder, "metadata.json")));
        var indicators = metadata.RootElement.GetProperty("indicators").EnumerateArray().ToDictionary(i => i.GetProperty("id").GetString()!);
        indicators["V01"].GetProperty("estimates").ValueKind.Should().Be(System.Text.Json.JsonValueKind.Null);
        var estimates = indicators["V09"].GetProperty("estimates").EnumerateArray().ToList();
        estimates.Select(e => $"{e.GetProperty("year").GetInt32()}|{e.GetProperty("status").GetString()}|{e.GetProperty("knownValue")}|{e.GetProperty("comment").GetString()}")
            .Should().Equal(
                "2023|refused||not estimated: Fewer than three agencies registered victims in the year: multiple systems estimation needs at least three lists.",
                $"2024|estimated||{Comment2024}");

        // V01's own file has no COMMENT_OBS and keeps its total suppressed.
        var v01 = await File.ReadAllLinesAsync(Path.Combine(folder, "V01.csv"));
        v01[0].Should().EndWith("OBS_VALUE,OBS_FLAG,CONF_STATUS");
        v01.Should().Contain(l => l.Contains(",2024,,c,C", StringComparison.Ordinal) && l.Contains(",_T,_T,_T,_T,_T,_T,_T,_T,", StringComparison.Ordinal));

        // The data structure of V09 declares COMMENT_OBS as free text; V01's does not.
        var structure = System.Xml.Linq.XDocument.Load(Path.Combine(folder, "structure.xml"));
        var attributes = structure.Descendants().Where(e => e.Name.LocalName == "DataStructure")
            .ToDictionary(d => (string)d.Attribute("id")!, d => d.Descendants().Where(e => e.Name.LocalName == "Attribute").Select(a => (string)a.Attribute("id")!).ToList());
        attributes["DSD_THB_V09"].Should().Equal("OBS_FLAG", "CONF_STATUS", "COMMENT_OBS");
        attributes["DSD_THB_V01"].Should().Equal("OBS_FLAG", "CONF_STATUS");
        structure.Descendants().Where(e => e.Name.LocalName == "Concept").Select(c => (string)c.Attribute("id")!).Should().Contain("COMMENT_OBS");
    }

    [Fact]
    public async Task Issue_9_the_greta_table_shows_the_estimate_next_to_the_known_victims_as_published_and_never_their_sum()
    {
        var workbook = Path.Combine(await vintage.ExportAsync("greta", IndicatorRole.Public, "V09", "V01"), "greta.xlsx");

        XlsxSheets.Names(workbook).Should().Contain("T34 Estimated victims");
        var rows = XlsxSheets.Rows(workbook, "T34 Estimated victims");
        var header = rows.FindIndex(r => r.Length > 0 && r[0] == "Breakdown");
        rows[header].Should().Equal("Breakdown", "2023", "flag", "2024", "flag");
        var figures = rows.Skip(header + 1).Take(7).Select(r => string.Join('|', r.Concat(Enumerable.Repeat("", 5)).Take(5))).ToList();
        figures.Should().Equal(
            "Known victims: V01 Potential victims referred, total as published||c||c",
            "Estimated total number of victims, registered or not (V09)|||55|e",
            "Lower bound of the 95 % confidence interval|||39|",
            "Upper bound of the 95 % confidence interval|||86|",
            "Model (interactions between agency lists)|||independence|",
            "Model selection; interval method|||fixed model; profile likelihood|",
            "Status|not estimated: Fewer than three agencies registered victims in the year: multiple systems estimation needs at least three lists.||estimated|");
        var text = rows.SelectMany(r => r).ToList();
        text.Should().Contain(t => t.Contains("Never add it to the known victims", StringComparison.Ordinal));
        text.Should().NotContain(["34", "89"], "neither the persons seen nor known + estimate (34 + 55) is published");
    }

    [Fact]
    public async Task Issue_9_analysts_see_the_known_victims_unprotected_next_to_the_estimate()
    {
        var workbook = Path.Combine(await vintage.ExportAsync("greta", IndicatorRole.Analyst, "V09"), "greta.xlsx");

        var rows = XlsxSheets.Rows(workbook, "T34 Estimated victims");
        var known = rows.Single(r => r.Length > 0 && r[0].StartsWith("Known victims: V01", StringComparison.Ordinal));
        known.Skip(1).Take(4).Should().Equal("3", "", "34", "");
    }

    [Fact]
    public async Task Issue_9_no_public_file_holds_the_overlap_table_or_the_persons_seen_behind_the_estimate()
    {
        foreach (var format in new[] { "csv", "sdmx-csv" })
        {
            var folder = await vintage.ExportAsync(format, IndicatorRole.Public);
            foreach (var file in Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories))
            {
                var content = await File.ReadAllTextAsync(file);
                content.Should().NotContain("\"persons\":", file).And.NotContain("input_table", file).And.NotContain("Observed", file);
            }

            var v09 = await File.ReadAllLinesAsync(Path.Combine(folder, "V09.csv"));
            v09.Skip(1).Should().NotContain(l => l.Split(',').Contains("34"), $"{format}: V09 never shows the persons seen");
        }
    }
}
