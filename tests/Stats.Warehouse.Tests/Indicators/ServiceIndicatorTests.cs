namespace Stats.Warehouse.Tests.Indicators;

/// <summary>A01–A06 unit queries on the hand-counted services of <see cref="IndicatorFixture"/>.</summary>
public sealed class ServiceIndicatorTests(IndicatorFixture fixture) : IClassFixture<IndicatorFixture>
{
    private const string Month = "strftime(ref_date, '%Y-%m')";

    [Fact]
    public async Task A01_counts_assisted_persons_per_type_and_organisation()
    {
        var wh = fixture.Warehouse;
        // 2022: P4 (ACCOM). 2023: P1 03-11 (ACCOM, HEALTH), P2 04-06 (LEGAL NRM, ACCOM NGO1 in May), P7 10-06 (ACCOM, PSYCH, RETURN).
        (await UnitQuery.CountAsync(wh, "A01", Month)).Should().Equal("2022-11|1", "2023-03|1", "2023-04|1", "2023-10|1");
        (await UnitQuery.CountAsync(wh, "A01", "year(ref_date), assistance_type")).Should().Equal(
            "2022|ACCOM|1", "2023|ACCOM|3", "2023|HEALTH|1", "2023|LEGAL|1", "2023|PSYCH|1", "2023|RETURN|1");
        (await UnitQuery.CountAsync(wh, "A01", "year(ref_date), organisation")).Should().Equal("2022|NGO1|1", "2023|NGO1|1", "2023|NRM|3");
    }

    [Fact]
    public async Task A02_counts_persons_accommodated_at_their_first_shelter_stay()
    {
        var wh = fixture.Warehouse;
        // P4 2022-11-20; P1 03-11, P2 05-02 (NGO1), P7 10-06.
        (await UnitQuery.CountAsync(wh, "A02", Month + ", organisation")).Should().Equal(
            "2022-11|NGO1|1", "2023-03|NRM|1", "2023-05|NGO1|1", "2023-10|NRM|1");
    }

    [Fact]
    public async Task A03_and_A04_count_decisions()
    {
        var wh = fixture.Warehouse;
        // Reflection periods: P1 granted 03-15, P5 refused 07-10, P7 granted 10-07.
        (await UnitQuery.CountAsync(wh, "A03", "year(ref_date), outcome")).Should().Equal("2023|GRANTED|2", "2023|REFUSED|1");
        // Permits issued: P1 renewal 2023 (no ground), P2 first permit 2024; P2's refused first permit of 2023 is excluded.
        (await UnitQuery.CountAsync(wh, "A04", "year(ref_date), decision_type, permit_ground")).Should().Equal(
            "2023|PERMIT_RENEWAL|UNK|1", "2024|PERMIT_FIRST|COOPERATION|1");
    }

    [Fact]
    public async Task A05_and_A06_count_persons_granted_protection_and_return()
    {
        var wh = fixture.Warehouse;
        // Protection: P7 granted 12-01; P8 refused.
        (await UnitQuery.CountAsync(wh, "A05", Month)).Should().Equal("2023-12|1");
        // Return: P8 granted 2023-12-15 and 2024-01-20; P7's reintegration assistance (RETURN episode) is not a return.
        (await UnitQuery.CountAsync(wh, "A06", Month + ", organisation")).Should().Equal("2023-12|NRM|1", "2024-01|NRM|1");
    }
}
