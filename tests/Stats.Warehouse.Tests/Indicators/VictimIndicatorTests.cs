using System.Globalization;

namespace Stats.Warehouse.Tests.Indicators;

/// <summary>V01–V07 cubes (ind_cell) on the hand-counted fixture (persons listed in <see cref="IndicatorFixture"/>).</summary>
public sealed class VictimIndicatorTests(IndicatorFixture fixture) : IClassFixture<IndicatorFixture>
{
    [Fact]
    public async Task V01_counts_every_person_of_the_year_at_their_first_registration()
    {
        var wh = fixture.Warehouse;
        // 2022: P4 (REF). 2023: P1..P8 whatever their status.
        (await Cells.LinesAsync(wh, "V01", "A")).Should().Equal("2022|1", "2023|8");
        // First registration of the year: P4 01-10, P1 02-01 (POL, before NRM's identification), P2 04-05, P3 06-01,
        // P5 07-01, P6 09-01, P7 10-05, P8 11-20; 2022: P4 11-15.
        (await Cells.LinesAsync(wh, "V01", "M")).Should().Equal(
            "2022-11|1", "2023-01|1", "2023-02|1", "2023-04|1", "2023-06|1", "2023-07|1", "2023-09|1", "2023-10|1", "2023-11|1");
        // Registering organisations 2023 (non-additive, 13 > 8): POL P1,P3,P5,P6; NRM P1,P2,P5,P6,P7,P8; NGO1 P2,P4,P6.
        (await Cells.LinesAsync(wh, "V01", "A", "organisation")).Should().Equal(
            "2022|NGO1|1", "2023|NGO1|3", "2023|NRM|6", "2023|POL|4");
        // Sex 2023: F P1,P3,P5,P7; M P2,P4,P6,P8.
        (await Cells.LinesAsync(wh, "V01", "A", "sex")).Should().Equal("2022|M|1", "2023|F|4", "2023|M|4");
    }

    [Fact]
    public async Task V02_and_V03_split_registered_victims_by_highest_status()
    {
        var wh = fixture.Warehouse;
        // Presumed 2023: P4 01-10, P2 04-05, P5 07-01, P8 11-20 (P4 was only referred in 2022).
        (await Cells.LinesAsync(wh, "V02", "M")).Should().Equal("2023-01|1", "2023-04|1", "2023-07|1", "2023-11|1");
        (await Cells.LinesAsync(wh, "V02", "A", "sex")).Should().Equal("2023|F|1", "2023|M|3");
        // Identified 2023: P1 at its identification (03-10, not its POL referral of 02-01), P3 06-01, P7 10-05.
        (await Cells.LinesAsync(wh, "V03", "M")).Should().Equal("2023-03|1", "2023-06|1", "2023-10|1");
        (await Cells.LinesAsync(wh, "V03", "A", "age_group")).Should().Equal("2023|Y_GE18|1", "2023|Y_LT18|2");
    }

    [Fact]
    public async Task V04_counts_identified_and_presumed_persons_once_with_every_breakdown()
    {
        var wh = fixture.Warehouse;
        // P1..P5, P7, P8 (P6 only referred); months = V02 months + V03 months.
        (await Cells.LinesAsync(wh, "V04", "A")).Should().Equal("2023|7");
        (await Cells.LinesAsync(wh, "V04", "M")).Should().Equal(
            "2023-01|1", "2023-03|1", "2023-04|1", "2023-06|1", "2023-07|1", "2023-10|1", "2023-11|1");
        (await Cells.LinesAsync(wh, "V04", "Q")).Should().Equal("2023-Q1|2", "2023-Q2|2", "2023-Q3|1", "2023-Q4|2");
        (await Cells.LinesAsync(wh, "V04", "A", "sex")).Should().Equal("2023|F|4", "2023|M|3"); // F P1,P3,P5,P7
        (await Cells.LinesAsync(wh, "V04", "A", "age_group")).Should().Equal("2023|UNK|1", "2023|Y_GE18|4", "2023|Y_LT18|2");
        (await Cells.LinesAsync(wh, "V04", "A", "citizenship")).Should().Equal("2023|EU_FOR|1", "2023|NAT|1", "2023|NEU_FOR|4", "2023|UNK|1");
        (await Cells.LinesAsync(wh, "V04", "A", "form_main")).Should().Equal("2023|BEG|1", "2023|DOM|1", "2023|SEX|4", "2023|UNK|1");
        // Any form: P2 SEX+LAB, P7 SEX+MAR; the categories add up to 9 > 7 persons.
        (await Cells.LinesAsync(wh, "V04", "A", "form_any")).Should().Equal(
            "2023|BEG|1", "2023|DOM|1", "2023|LAB|1", "2023|MAR|1", "2023|SEX|4", "2023|UNK|1");
        // POL P1,P3,P5; NRM P1,P2,P5,P7,P8; NGO1 P2,P4.
        (await Cells.LinesAsync(wh, "V04", "A", "organisation")).Should().Equal("2023|NGO1|2", "2023|NRM|5", "2023|POL|3");
        (await Cells.LinesAsync(wh, "V04", "A", "region")).Should().Equal("2023|AT13|3", "2023|AT22|2", "2023|UNK|2"); // AT130, AT221 roll up
        (await Cells.LinesAsync(wh, "V04", "A", "trafficking_type")).Should().Equal("2023|TRANSNATIONAL|1", "2023|UNK|6");
        (await Cells.LinesAsync(wh, "V04", "A", "sex", "age_group")).Should().Equal(
            "2023|F|Y_GE18|2", "2023|F|Y_LT18|2", "2023|M|UNK|1", "2023|M|Y_GE18|2");
        // By quarter (person, sex, main form): Q1 P1 F SEX, P4 M BEG; Q2 P3 F SEX, P2 M SEX; Q3 P5 F DOM; Q4 P7 F SEX, P8 M UNK.
        (await Cells.LinesAsync(wh, "V04", "Q", "form_main")).Should().Equal(
            "2023-Q1|BEG|1", "2023-Q1|SEX|1", "2023-Q2|SEX|2", "2023-Q3|DOM|1", "2023-Q4|SEX|1", "2023-Q4|UNK|1");
        // Sex × main form is published per year only: the quarters above added up.
        (await Cells.LinesAsync(wh, "V04", "A", "sex", "form_main")).Should().Equal(
            "2023|F|DOM|1", "2023|F|SEX|3", "2023|M|BEG|1", "2023|M|SEX|1", "2023|M|UNK|1");
    }

    [Fact]
    public async Task V05_divides_registered_victims_by_the_population_seed()
    {
        var wh = fixture.Warehouse;
        // Population of 2023 summed here from the seed file itself; V04 2023: 7 persons, F 4, AT13 3.
        var population = File.ReadLines(Catalogue.SeedPath("population.csv")).Skip(1).Select(l => l.Split(','))
            .Where(r => r[0] == "2023").ToList();
        double Pop(Func<string[], bool> where) => population.Where(where).Sum(r => double.Parse(r[4], CultureInfo.InvariantCulture));
        var expected = new (string Indicator, string By, string Code, double Value)[]
        {
            ("V05", "", "", 7 * 1e5 / Pop(_ => true)),
            ("V05", "sex", "F", 4 * 1e5 / Pop(r => r[2] == "F")),
            ("V05", "region", "AT13", 3 * 1e5 / Pop(r => r[1] == "AT13")),
            ("V05M", "", "", 7 * 1e6 / Pop(_ => true)),
        };
        foreach (var (indicator, by, code, value) in expected)
        {
            var cell = (by.Length == 0 ? "2023" : "2023|" + code) + "|" + Math.Round(value, 9).ToString(CultureInfo.InvariantCulture);
            (await Cells.SelectAsync(wh, indicator, "A", by.Length == 0 ? [] : [by], "round(raw_value, 9)"))
                .Should().Contain(cell, $"{indicator} by '{by}'");
        }

        // Unknown age has no population and therefore no rate (V04 has P8 of unknown age).
        (await Cells.LinesAsync(wh, "V05", "A", "age_group")).Should().NotContain(l => l.Contains("UNK", StringComparison.Ordinal));
    }

    [Fact]
    public async Task V06_and_V07_restrict_to_children_and_unaccompanied_children()
    {
        var wh = fixture.Warehouse;
        // Children: P3 (16, NAT, SEX) and P7 (15, NG, SEX+MAR, unaccompanied); P8 of unknown age is not a child.
        (await Cells.LinesAsync(wh, "V06", "M")).Should().Equal("2023-06|1", "2023-10|1");
        (await Cells.LinesAsync(wh, "V06", "A", "sex", "citizenship")).Should().Equal("2023|F|NAT|1", "2023|F|NEU_FOR|1");
        (await Cells.LinesAsync(wh, "V06", "A", "form_any")).Should().Equal("2023|MAR|1", "2023|SEX|2");
        // P3 was delivered with unaccompanied = false. V07 is published by year and quarter only.
        (await Cells.LinesAsync(wh, "V07", "Q", "region")).Should().Equal("2023-Q4|AT13|1");
        (await Cells.LinesAsync(wh, "V07", "M")).Should().BeEmpty();
    }
}
