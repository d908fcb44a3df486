using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using System.Xml.Linq;
using Xunit.Abstractions;

namespace Stats.EndToEnd.Tests.Issue7;

/// <summary>
/// `stats export sdmx-csv`: Eurostat's SDMX-CSV columns per indicator, read back with DuckDB and compared cell by cell
/// with the OData answer for both roles, and an SDMX-ML 2.1 structure.xml whose references define every code the CSVs use.
/// Expected values come from the served feed (Vintage, Indicators, Dimensions, Codes, Indicator_&lt;ID&gt;), not the exporter.
/// </summary>
[Collection(Issue7Collection.Name)]
public sealed class SdmxExportTests(Issue7Warehouse warehouse, ITestOutputHelper output)
{
    // sql/exports/sdmx.json of the repository: agency THB_NR, version 1.0.
    private const string Agency = "THB_NR";
    private const string Version = "1.0";

    private static readonly XNamespace Mes = SdmxStructureFile.Mes;
    private static readonly XNamespace Str = SdmxStructureFile.Str;
    private static readonly XNamespace Com = SdmxStructureFile.Com;

    [Fact]
    public async Task Issue_7_every_csv_has_the_Eurostat_columns_its_dataflow_and_the_vintage_publication_time()
    {
        var folder = await SdmxExports.FolderAsync(warehouse, "public");
        var catalogue = await SdmxCatalogue.ReadAsync(warehouse.Public);
        var lastUpdate = catalogue.PublishedAt.UtcDateTime.ToString("dd/MM/yy HH:mm:ss", CultureInfo.InvariantCulture);
        using var metadata = JsonDocument.Parse(await File.ReadAllTextAsync(Path.Combine(folder, "metadata.json")));
        var listed = metadata.RootElement.GetProperty("files").EnumerateArray().ToDictionary(f => f.GetProperty("path").GetString()!, f => f.Clone());
        listed.Should().ContainKey("structure.xml");
        catalogue.Indicators.Keys.Should().Contain(["V04", "J02", "J05", "Q03"]);

        // Estimated indicators (issue 9: V09) add COMMENT_OBS, the interval and model of each year's estimate.
        var estimated = (await new ODataFeedClient(warehouse.Public).AllRowsAsync("Estimates")).Select(e => (string)e["IndicatorId"]!).ToHashSet();
        var rowsChecked = 0;
        foreach (var (id, (_, breakdowns)) in catalogue.Indicators)
        {
            var file = Path.Combine(folder, id + ".csv");
            var bytes = await File.ReadAllBytesAsync(file);
            bytes.Take(3).Should().NotEqual(Encoding.UTF8.Preamble.ToArray(), $"{id}.csv has no byte order mark");
            var text = Encoding.UTF8.GetString(bytes);
            text.Should().NotContain("\r", $"{id}.csv ends every line with LF only").And.EndWith("\n");
            text[..text.IndexOf('\n', StringComparison.Ordinal)].Split(',').Should().Equal(
                ["DATAFLOW", "LAST UPDATE", "freq", .. breakdowns, "unit", "geo", "TIME_PERIOD", "OBS_VALUE", "OBS_FLAG", "CONF_STATUS",
                 .. estimated.Contains(id) ? ["COMMENT_OBS"] : Array.Empty<string>()], $"{id}.csv header");

            var rows = SdmxExports.Rows(file);
            listed[id + ".csv"].GetProperty("rows").GetInt64().Should().Be(rows.Count, $"metadata.json counts the rows of {id}.csv");
            foreach (var row in rows)
            {
                row["DATAFLOW"].Should().Be($"{Agency}:THB_{id}({Version})");
                row["LAST UPDATE"].Should().MatchRegex(@"^\d{2}/\d{2}/\d{2} \d{2}:\d{2}:\d{2}$").And.Be(lastUpdate, "LAST UPDATE is the vintage's publication time in UTC");
                row["geo"].Should().Be(catalogue.ReportingCountry);
            }

            rowsChecked += rows.Count;
        }

        output.WriteLine($"{catalogue.Indicators.Count} CSVs, {rowsChecked} rows with DATAFLOW, LAST UPDATE {lastUpdate} and geo {catalogue.ReportingCountry}");
        rowsChecked.Should().BeGreaterThan(1000);
    }

    [Theory]
    [InlineData("public")]
    [InlineData("analyst")]
    public async Task Issue_7_every_sdmx_csv_read_back_with_DuckDB_equals_the_OData_answer(string role)
    {
        var folder = await SdmxExports.FolderAsync(warehouse, role);
        var catalogue = await SdmxCatalogue.ReadAsync(warehouse.Public);
        var cells = 0;
        foreach (var (id, (_, breakdowns)) in catalogue.Indicators)
        {
            var rows = SdmxExports.Rows(Path.Combine(folder, id + ".csv"));
            var feed = (await warehouse.ODataCellsAsync(id, role)).Values.ToList();
            cells += ShouldMatch(rows, feed, breakdowns, catalogue, $"{role} {id}.csv");
        }

        output.WriteLine($"{role}: {catalogue.Indicators.Count} SDMX-CSV files, {cells} cells equal to the OData answer both ways");
        cells.Should().BeGreaterThan(1000);
    }

    [Fact]
    public async Task Issue_7_structure_xml_defines_every_code_every_csv_uses_through_its_references()
    {
        var folder = await SdmxExports.FolderAsync(warehouse, "public");
        var catalogue = await SdmxCatalogue.ReadAsync(warehouse.Public);
        var structure = SdmxStructureFile.Load(Path.Combine(folder, "structure.xml"));
        var root = structure.Document.Root!;
        root.Name.Should().Be(Mes + "Structure");
        root.Descendants().Select(e => e.Name.Namespace).Distinct().Should().BeSubsetOf([Mes, Str, Com, XNamespace.None]);
        root.Descendants().Where(e => e.Name.Namespace == XNamespace.None).Select(e => e.Name.LocalName).Distinct()
            .Should().Equal(["Ref"], "only SDMX 2.1's unqualified Ref element has no namespace");
        root.Element(Mes + "Structures")!.Elements().Select(e => e.Name).Should().Equal(
            [Str + "Dataflows", Str + "Codelists", Str + "Concepts", Str + "DataStructures"], "the 2.1 schema's StructuresType order");

        using var metadata = JsonDocument.Parse(await File.ReadAllTextAsync(Path.Combine(folder, "metadata.json")));
        var header = structure.Header;
        ((string?)header.Element(Mes + "ID")).Should().MatchRegex("^[A-Za-z0-9_@$-]+$");
        ((string?)header.Element(Mes + "Test")).Should().Be("false");
        ((string?)header.Element(Mes + "Sender")?.Attribute("id")).Should().Be(Agency);
        DateTimeOffset.Parse((string)header.Element(Mes + "Prepared")!, CultureInfo.InvariantCulture)
            .Should().BeCloseTo(metadata.RootElement.GetProperty("createdAt").GetDateTimeOffset(), TimeSpan.FromSeconds(1));

        structure.Dataflows.Select(d => (string)d.Attribute("id")!).Should().BeEquivalentTo(catalogue.Indicators.Keys.Select(id => "THB_" + id));
        structure.Dataflows.Should().OnlyContain(d => structure.StructureOf(d) != null, "every dataflow refers to a data structure of the message");

        var codesChecked = 0;
        foreach (var (id, (title, _)) in catalogue.Indicators)
        {
            var dataflow = structure.Dataflow("THB_" + id)!;
            ((string?)dataflow.Attribute("agencyID")).Should().Be(Agency);
            ((string?)dataflow.Attribute("version")).Should().Be(Version);
            SdmxStructureFile.Name(dataflow).Should().Be(title);
            var dsd = structure.StructureOf(dataflow)!;

            var file = Path.Combine(folder, id + ".csv");
            // Up to OBS_VALUE: what follows are attributes (OBS_FLAG, CONF_STATUS, and COMMENT_OBS for an estimated indicator).
            var columns = File.ReadLines(file).First().Split(',');
            columns = columns[..(Array.IndexOf(columns, "OBS_VALUE") + 3)];
            var rows = SdmxExports.Rows(file);
            var dimensions = SdmxStructureFile.Dimensions(dsd);
            dimensions.Select(d => (string)d.Attribute("id")!).Should().Equal(columns[2..^3], $"DSD of {id} lists the CSV's dimension columns in order");
            dimensions.Select(d => (int)d.Attribute("position")!).Should().Equal(Enumerable.Range(1, dimensions.Count));
            dimensions[^1].Name.Should().Be(Str + "TimeDimension");

            foreach (var dimension in dimensions.Where(d => d.Name == Str + "Dimension"))
            {
                var column = (string)dimension.Attribute("id")!;
                structure.ConceptOf(dimension).Should().NotBeNull($"{id} dimension {column} has a concept in the message");
                var codelist = structure.CodelistOf(dimension);
                codelist.Should().NotBeNull($"{id} dimension {column} is enumerated by a code list of the message");
                var codes = SdmxStructureFile.CodeIds(codelist!);
                var used = rows.Select(r => r[column]).Distinct().ToList();
                used.Should().BeSubsetOf(codes, $"{id}.csv column {column}");
                codesChecked += used.Count;
                if (catalogue.Dimensions.TryGetValue(column, out var registry))
                {
                    codes.Should().Contain("_T").And.Contain(catalogue.Codes.GetValueOrDefault(column, []).Select(SdmxExports.SdmxCode));
                    if (!registry.Additive && registry.Note is { } note)
                    {
                        SdmxStructureFile.Annotations(dimension).Select(a => a.Text).Should().Contain(note, $"{id}: {column} does not add up");
                    }
                }
            }

            foreach (var attribute in new[] { "OBS_FLAG", "CONF_STATUS" })
            {
                var element = SdmxStructureFile.Attribute(dsd, attribute);
                element.Should().NotBeNull($"DSD of {id} has attribute {attribute}");
                ((string?)element!.Element(Str + "AttributeRelationship")?.Element(Str + "PrimaryMeasure")?.Element("Ref")?.Attribute("id")).Should().Be("OBS_VALUE");
                structure.ConceptOf(element).Should().NotBeNull();
                var used = rows.Select(r => r[attribute]).Where(v => v.Length > 0).Distinct().ToList();
                used.Should().BeSubsetOf(SdmxStructureFile.CodeIds(structure.CodelistOf(element)!), $"{id}.csv column {attribute}");
                codesChecked += used.Count;
            }

            var measure = dsd.Descendants(Str + "PrimaryMeasure").Single(m => m.Parent!.Name == Str + "MeasureList");
            ((string?)measure.Attribute("id")).Should().Be("OBS_VALUE");
            structure.ConceptOf(measure).Should().NotBeNull();
        }

        var v04 = structure.StructureOf(structure.Dataflow("THB_V04")!)!;
        SdmxStructureFile.CodeIds(structure.CodelistOf(SdmxStructureFile.Attribute(v04, "OBS_FLAG")!)!).Should().Contain(["b", "c", "e", "p", "r", "u"]);
        SdmxStructureFile.CodeIds(structure.CodelistOf(SdmxStructureFile.Attribute(v04, "CONF_STATUS")!)!).Should().Contain(["F", "C", "D"]);
        output.WriteLine($"{structure.Dataflows.Count()} dataflows and data structures, {structure.Codelists.Count()} code lists; {codesChecked} (file, column, code) uses found defined");
    }

    [Fact]
    public async Task Issue_7_public_sdmx_csv_hides_every_suppressed_value_and_flags_it_c()
    {
        var catalogue = await SdmxCatalogue.ReadAsync(warehouse.Public);
        var (primary, secondary, shownToAnalysts, suppressedAtSource) = (0, 0, 0, 0);
        var publicFolder = await SdmxExports.FolderAsync(warehouse, "public");
        var analystFolder = await SdmxExports.FolderAsync(warehouse, "analyst");
        foreach (var id in catalogue.Indicators.Keys)
        {
            foreach (var row in SdmxExports.Rows(Path.Combine(publicFolder, id + ".csv")).Where(r => r["CONF_STATUS"] is "C" or "D"))
            {
                row["OBS_VALUE"].Should().BeEmpty($"public {id}.csv must not show a suppressed value");
                row["OBS_FLAG"].Should().Contain("c");
                if (row["CONF_STATUS"] == "C")
                {
                    primary++;
                }
                else
                {
                    secondary++;
                }
            }

            var analystRows = SdmxExports.Rows(Path.Combine(analystFolder, id + ".csv")).Where(r => r["CONF_STATUS"] is "C" or "D").ToList();
            shownToAnalysts += analystRows.Count(r => r["OBS_VALUE"].Length > 0);

            // A cell an aggregate return delivered censored ("<5") has no value for anyone: primary, flagged c for analysts too.
            var atSource = analystRows.Where(r => r["OBS_VALUE"].Length == 0).ToList();
            atSource.Where(r => r["CONF_STATUS"] != "C" || !r["OBS_FLAG"].Contains('c')).Should().BeEmpty($"analyst {id}.csv: only cells suppressed at source lack a value");
            suppressedAtSource += atSource.Count;
        }

        output.WriteLine($"public: {primary} primary and {secondary} secondary suppressed cells without value; analyst: {shownToAnalysts} of them with value, {suppressedAtSource} suppressed at source");
        primary.Should().BeGreaterThan(0);
        secondary.Should().BeGreaterThan(0);
        suppressedAtSource.Should().BeGreaterThan(0, "the court registry's table has '<5' cells");
        shownToAnalysts.Should().Be(primary + secondary - suppressedAtSource, "the analyst export carries every value a public export hides that exists");
    }

    /// <summary>
    /// SDMX-CSV has no CellKey: rows are keyed by their series dimensions and period, which must be unique on both sides,
    /// and the two key sets must be equal. Returns the number of cells compared.
    /// </summary>
    private static int ShouldMatch(
        List<Dictionary<string, string>> rows, List<Dictionary<string, object?>> feed, IReadOnlyList<string> breakdowns, SdmxCatalogue catalogue, string what)
    {
        string RowKey(Dictionary<string, string> row) =>
            string.Join("|", [row["freq"], row["TIME_PERIOD"], .. breakdowns.Select(b => row[b]), row["unit"], row["geo"]]);
        string CellKey(Dictionary<string, object?> cell) => string.Join("|",
            [(string)cell["Frequency"]!, (string)cell["TimePeriod"]!,
             .. breakdowns.Select(b => SdmxExports.SdmxCode((string)cell[catalogue.Dimensions[b].Property]!)),
             (string)cell["Unit"]!, catalogue.ReportingCountry]);

        rows.Select(RowKey).Should().OnlyHaveUniqueItems(what);
        feed.Select(CellKey).Should().OnlyHaveUniqueItems(what);
        var exported = rows.ToDictionary(RowKey);
        var served = feed.ToDictionary(CellKey);
        exported.Keys.Should().BeEquivalentTo(served.Keys, what);
        foreach (var (key, cell) in served)
        {
            var row = exported[key];
            IsSdmxPeriod(row["freq"], row["TIME_PERIOD"]).Should().BeTrue($"{what} {key}: TIME_PERIOD in SDMX form");
            if (cell["Value"] is { } value)
            {
                var expected = Convert.ToDouble(value, CultureInfo.InvariantCulture);
                double.Parse(row["OBS_VALUE"], CultureInfo.InvariantCulture).Should().BeApproximately(expected, Math.Abs(expected) * 1e-9, $"{what} {key}");
            }
            else
            {
                row["OBS_VALUE"].Should().BeEmpty($"{what} {key}: no value in the feed");
            }

            row["OBS_FLAG"].Should().Be(ExportCells.Text(cell["Flags"]), $"{what} {key}");
            row["CONF_STATUS"].Should().Be((string)cell["ConfStatus"]!, $"{what} {key}");
        }

        return served.Count;
    }

    private static bool IsSdmxPeriod(string frequency, string period) => frequency switch
    {
        "A" => Regex.IsMatch(period, "^[0-9]{4}$"),
        "Q" => Regex.IsMatch(period, "^[0-9]{4}-Q[1-4]$"),
        "M" => Regex.IsMatch(period, "^[0-9]{4}-(0[1-9]|1[0-2])$"),
        _ => false,
    };
}
