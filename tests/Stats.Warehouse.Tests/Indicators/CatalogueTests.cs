using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace Stats.Warehouse.Tests.Indicators;

/// <summary>Every definition file against the contract of sql/indicators/README.md, and the two new seeds.</summary>
public sealed class CatalogueTests
{
    // domain.md §6 minus R02 (no compensation authority delivers) and R03 (no source delivers non-punishment decisions);
    // plus V05M (per million), Q01B and Q01C (overlap) and Q03B (punctuality). V08 comes from the identification authority's aggregate return;
    // V09 is the multiple systems estimate (issue 9).
    private static readonly string[] Shipped =
    [
        "A01", "A02", "A03", "A04", "A05", "A06", "J01", "J02", "J03", "J04", "J05", "J06", "J07",
        "Q01", "Q01B", "Q01C", "Q02", "Q03", "Q03B", "R01", "V01", "V02", "V03", "V04", "V05", "V05M", "V06", "V07", "V08", "V09",
    ];

    private static readonly string[] Units = ["persons", "cases", "decisions", "registrations", "EUR", "days", "ratio", "per_100000", "per_1000000"];
    private static readonly string[] Measures = ["count", "sum", "max", "ratio", "rate"];
    private static readonly string[] Frequencies = ["A", "Q", "M"];
    private static readonly string[] ReferenceKeys = ["greta", "eurostat", "unodc", "sdg", "directive"];
    private static readonly string[] PopulationDimensions = ["sex", "age_group", "region"];

    [Fact]
    public void The_catalogue_holds_exactly_the_shipped_indicators()
    {
        Catalogue.DefinitionFiles().Select(Path.GetFileNameWithoutExtension).Should().Equal(Shipped);
    }

    [Fact]
    public void Every_definition_has_the_required_fields_with_valid_values()
    {
        var dimensions = Catalogue.Dimensions();
        var organisationTypes = File.ReadLines(Catalogue.SeedPath("organisation_type.csv")).Skip(1).Select(l => l.Split(',')[0]).ToHashSet();
        foreach (var file in Catalogue.DefinitionFiles())
        {
            var d = Catalogue.Parse(file);
            var id = Catalogue.String(d, "id");
            var because = Path.GetFileName(file);
            id.Should().Be(Path.GetFileNameWithoutExtension(file), because);
            Regex.IsMatch(id!, "^[A-Z][0-9]{2}[A-Z]?$").Should().BeTrue(because);
            foreach (var field in new[] { "title", "definition" })
            {
                Catalogue.String(d, field).Should().NotBeNullOrWhiteSpace(because);
            }

            Catalogue.String(d, "unit").Should().BeOneOf(Units, because);
            var measure = Catalogue.String(d, "measure");
            measure.Should().BeOneOf(Measures, because);

            var breakdowns = Catalogue.Strings(d, "breakdowns");
            // Not OnlyContain: it fails on an empty list, and an estimate (V09) has no breakdowns.
            breakdowns.Where(b => !dimensions.ContainsKey(b)).Should().BeEmpty(because);
            breakdowns.Should().OnlyHaveUniqueItems(because);
            Catalogue.Strings(d, "frequencies").Should().BeSubsetOf(Frequencies, because);
            if (d.TryGetProperty("tables", out var tables))
            {
                foreach (var table in tables.EnumerateArray())
                {
                    Catalogue.Strings(table, "by").Should().BeSubsetOf(breakdowns, because);
                    Catalogue.Strings(table, "frequencies").Should().NotBeEmpty(because).And.BeSubsetOf(Frequencies, because);
                }
            }

            Catalogue.Strings(d, "sources").Should().NotBeEmpty(because).And.BeSubsetOf(organisationTypes, because);
            var disclosure = d.GetProperty("disclosure");
            Catalogue.String(disclosure, "rule").Should().BeOneOf(["threshold", "none"], because);
            if (Catalogue.String(disclosure, "rule") == "none")
            {
                Catalogue.String(disclosure, "reason").Should().NotBeNullOrWhiteSpace(because);
            }

            d.GetProperty("references").EnumerateObject().Select(p => p.Name).Should().BeSubsetOf(ReferenceKeys, because);

            if (measure == "rate")
            {
                CheckRate(d, breakdowns, because);
            }
            else if (Sources(d).Contains("microdata"))
            {
                var sql = Catalogue.String(d, "sql");
                sql.Should().Be(id + ".sql", because);
                File.ReadLines(Path.Combine(Catalogue.Folder, sql!)).First().Should().StartWith("-- grain: one row per", because);
            }
            else
            {
                // Every table from aggregate returns or an estimate: there is no unit query to run.
                Catalogue.String(d, "sql").Should().BeNull(because);
            }

            foreach (var source in Sources(d).Where(s => s != "microdata"))
            {
                source.Should().MatchRegex("^(aggregate:[a-z0-9]+(-[a-z0-9]+)*|estimate:mse)$", because);
                measure.Should().Be("count", because);
            }

            if (Sources(d).Contains("estimate:mse"))
            {
                // An estimate: the total per year, flagged e, no threshold (it describes no person), with its known count.
                d.GetProperty("estimated").GetBoolean().Should().BeTrue(because);
                Catalogue.String(disclosure, "rule").Should().Be("none", because);
                Catalogue.Strings(d, "breakdowns").Should().BeEmpty(because);
                Catalogue.String(d, "known").Should().Be("V01", because);
            }
        }
    }

    [Fact]
    public void Population_seed_covers_every_year_region_sex_and_age_group_once()
    {
        var lines = File.ReadAllLines(Catalogue.SeedPath("population.csv"));
        lines[0].Should().Be("year,region_code,sex_code,age_group_code,population,is_estimate");
        var rows = lines.Skip(1).Select(l => l.Split(',')).ToList();
        var nuts2 = File.ReadLines(Catalogue.SeedPath("region.csv")).Skip(1).Select(l => l.Split(','))
            .Where(r => r[2] == "2").Select(r => r[0]).ToList();
        nuts2.Should().HaveCount(9);
        var expected = from year in Enumerable.Range(2015, 21) from region in nuts2 from sex in new[] { "F", "M" }
                       from age in new[] { "Y_LT18", "Y_GE18" } select $"{year.ToString(CultureInfo.InvariantCulture)}|{region}|{sex}|{age}";
        rows.Select(r => string.Join('|', r[..4])).Should().BeEquivalentTo(expected).And.OnlyHaveUniqueItems();
        rows.Should().OnlyContain(r => long.Parse(r[4], CultureInfo.InvariantCulture) > 0);
        rows.Should().OnlyContain(r => r[5] == (int.Parse(r[0], CultureInfo.InvariantCulture) >= 2026 ? "true" : "false"));

        // Austria: about 8.6 million in 2015 and 9.2 million in 2025; children (under 18) about a sixth.
        long Total(string year, string? age = null) => rows.Where(r => r[0] == year && (age is null || r[3] == age))
            .Sum(r => long.Parse(r[4], CultureInfo.InvariantCulture));
        Total("2015").Should().BeInRange(8_500_000, 8_700_000);
        Total("2025").Should().BeInRange(9_100_000, 9_300_000);
        ((double)Total("2025", "Y_LT18") / Total("2025")).Should().BeInRange(0.16, 0.20);
    }

    [Fact]
    public void Series_breaks_name_shipped_indicators_at_the_transposition_date()
    {
        var lines = File.ReadAllLines(Catalogue.SeedPath("series_break.csv"));
        lines[0].Should().Be("indicator_id,break_date,description");
        var rows = lines.Skip(1).Select(l => l.Split(',', 3)).ToList();
        rows.Select(r => r[0]).Should().BeSubsetOf(Shipped).And.OnlyHaveUniqueItems()
            .And.Contain(["V01", "V02", "V03", "V04", "V05", "V06", "V07", "J02", "J03", "J04", "J05", "J06"]);
        rows.Should().OnlyContain(r => r[1] == "2026-07-15" && r[2].Length > 20);
    }

    /// <summary>The source of each table (its own, else the indicator's, else microdata).</summary>
    private static List<string> Sources(JsonElement d)
    {
        var source = Catalogue.String(d, "source") ?? "microdata";
        return d.TryGetProperty("tables", out var tables)
            ? [.. tables.EnumerateArray().Select(t => Catalogue.String(t, "source") ?? source)]
            : [source];
    }

    private static void CheckRate(JsonElement d, IReadOnlyList<string> breakdowns, string because)
    {
        var rate = d.GetProperty("rate");
        Catalogue.String(rate, "denominator").Should().Be("population", because);
        var numerator = Catalogue.Parse(Path.Combine(Catalogue.Folder, Catalogue.String(rate, "numerator") + ".json"));
        Catalogue.String(numerator, "measure").Should().Be("count", because);
        Catalogue.String(numerator, "unit").Should().Be("persons", because);
        breakdowns.Should().BeSubsetOf(PopulationDimensions, because).And.BeSubsetOf(Catalogue.Strings(numerator, "breakdowns"), because);
        d.TryGetProperty("factor", out var factor).Should().BeTrue(because);
        factor.GetDouble().Should().BeOneOf([100_000d, 1_000_000d], because);
    }
}
