namespace Stats.Warehouse.Tests.Indicators;

/// <summary>V01–V04, V06, V07 unit queries on the hand-counted fixture (persons listed in <see cref="IndicatorFixture"/>).</summary>
public sealed class VictimIndicatorTests(IndicatorFixture fixture) : IClassFixture<IndicatorFixture>
{
    private const string Month = "strftime(ref_date, '%Y-%m')";

    [Fact]
    public async Task V01_counts_every_person_of_the_year_at_their_first_registration()
    {
        var wh = fixture.Warehouse;
        // 2022: P4 (REF). 2023: P1..P8 whatever their status.
        (await UnitQuery.CountAsync(wh, "V01", "year(ref_date)")).Should().Equal("2022|1", "2023|8");
        // First registration of the year: P4 01-10, P1 02-01 (POL, before NRM's identification), P2 04-05, P3 06-01,
        // P5 07-01, P6 09-01, P7 10-05, P8 11-20; 2022: P4 11-15.
        (await UnitQuery.CountAsync(wh, "V01", Month)).Should().Equal(
            "2022-11|1", "2023-01|1", "2023-02|1", "2023-04|1", "2023-06|1", "2023-07|1", "2023-09|1", "2023-10|1", "2023-11|1");
        // Registering organisations 2023 (non-additive): POL P1,P3,P5,P6; NRM P1,P2,P5,P6,P7,P8; NGO1 P2,P4,P6.
        (await UnitQuery.CountAsync(wh, "V01", "year(ref_date), organisation")).Should().Equal(
            "2022|NGO1|1", "2023|NGO1|3", "2023|NRM|6", "2023|POL|4");
        // Sex 2023: F P1,P3,P5,P7; M P2,P4,P6,P8.
        (await UnitQuery.CountAsync(wh, "V01", "year(ref_date), sex")).Should().Equal("2022|M|1", "2023|F|4", "2023|M|4");
    }

    [Fact]
    public async Task V02_and_V03_split_registered_victims_by_highest_status()
    {
        var wh = fixture.Warehouse;
        // Presumed 2023: P4 01-10, P2 04-05, P5 07-01, P8 11-20 (P4 was only referred in 2022).
        (await UnitQuery.CountAsync(wh, "V02", Month)).Should().Equal("2023-01|1", "2023-04|1", "2023-07|1", "2023-11|1");
        (await UnitQuery.CountAsync(wh, "V02", "year(ref_date), sex")).Should().Equal("2023|F|1", "2023|M|3");
        // Identified 2023: P1 at its identification (03-10, not its POL referral of 02-01), P3 06-01, P7 10-05.
        (await UnitQuery.CountAsync(wh, "V03", Month)).Should().Equal("2023-03|1", "2023-06|1", "2023-10|1");
        (await UnitQuery.CountAsync(wh, "V03", "year(ref_date), age_group")).Should().Equal("2023|Y_GE18|1", "2023|Y_LT18|2");
    }

    [Fact]
    public async Task V04_counts_identified_and_presumed_persons_once_with_every_breakdown()
    {
        var wh = fixture.Warehouse;
        // P1..P5, P7, P8 (P6 only referred); months = V02 months + V03 months.
        (await UnitQuery.CountAsync(wh, "V04", "year(ref_date)")).Should().Equal("2023|7");
        (await UnitQuery.CountAsync(wh, "V04", Month)).Should().Equal(
            "2023-01|1", "2023-03|1", "2023-04|1", "2023-06|1", "2023-07|1", "2023-10|1", "2023-11|1");
        (await UnitQuery.CountAsync(wh, "V04", "sex")).Should().Equal("F|4", "M|3");                         // F P1,P3,P5,P7
        (await UnitQuery.CountAsync(wh, "V04", "age_group")).Should().Equal("UNK|1", "Y_GE18|4", "Y_LT18|2"); // P8; P1,P2,P4,P5; P3,P7
        (await UnitQuery.CountAsync(wh, "V04", "citizenship")).Should().Equal("EU_FOR|1", "NAT|1", "NEU_FOR|4", "UNK|1");
        (await UnitQuery.CountAsync(wh, "V04", "form_main")).Should().Equal("BEG|1", "DOM|1", "SEX|4", "UNK|1");
        // Any form: P2 SEX+LAB, P7 SEX+MAR; the categories add up to 9 > 7 persons.
        (await UnitQuery.CountAsync(wh, "V04", "form_any")).Should().Equal("BEG|1", "DOM|1", "LAB|1", "MAR|1", "SEX|4", "UNK|1");
        // POL P1,P3,P5; NRM P1,P2,P5,P7,P8; NGO1 P2,P4.
        (await UnitQuery.CountAsync(wh, "V04", "organisation")).Should().Equal("NGO1|2", "NRM|5", "POL|3");
        (await UnitQuery.CountAsync(wh, "V04", "region")).Should().Equal("AT13|3", "AT22|2", "UNK|2");     // AT130 and AT221 roll up
        (await UnitQuery.CountAsync(wh, "V04", "trafficking_type")).Should().Equal("TRANSNATIONAL|1", "UNK|6");
        (await UnitQuery.CountAsync(wh, "V04", "sex, age_group")).Should().Equal(
            "F|Y_GE18|2", "F|Y_LT18|2", "M|UNK|1", "M|Y_GE18|2");
    }

    [Fact]
    public async Task V06_and_V07_restrict_to_children_and_unaccompanied_children()
    {
        var wh = fixture.Warehouse;
        // Children: P3 (16, NAT, SEX) and P7 (15, NG, SEX+MAR, unaccompanied); P8 of unknown age is not a child.
        (await UnitQuery.CountAsync(wh, "V06", Month)).Should().Equal("2023-06|1", "2023-10|1");
        (await UnitQuery.CountAsync(wh, "V06", "sex, citizenship")).Should().Equal("F|NAT|1", "F|NEU_FOR|1");
        (await UnitQuery.CountAsync(wh, "V06", "form_any")).Should().Equal("MAR|1", "SEX|2");
        // P3 was delivered with unaccompanied = false.
        (await UnitQuery.CountAsync(wh, "V07", Month + ", region")).Should().Equal("2023-10|AT13|1");
    }
}
