namespace Stats.Warehouse.Tests.Indicators;

/// <summary>A01–A06 cubes (ind_cell) on the hand-counted services of <see cref="IndicatorFixture"/>.</summary>
public sealed class ServiceIndicatorTests(IndicatorFixture fixture) : IClassFixture<IndicatorFixture>
{
    [Fact]
    public async Task A01_counts_assisted_persons_per_type_and_organisation()
    {
        var wh = fixture.Warehouse;
        // 2022: P4 (ACCOM). 2023: P1 03-11 (ACCOM, HEALTH), P2 04-06 (LEGAL NRM, ACCOM NGO1 in May), P7 10-06 (ACCOM, PSYCH, RETURN).
        (await Cells.LinesAsync(wh, "A01", "M")).Should().Equal("2022-11|1", "2023-03|1", "2023-04|1", "2023-10|1");
        (await Cells.LinesAsync(wh, "A01", "A")).Should().Equal("2022|1", "2023|3");
        (await Cells.LinesAsync(wh, "A01", "A", "assistance_type")).Should().Equal(
            "2022|ACCOM|1", "2023|ACCOM|3", "2023|HEALTH|1", "2023|LEGAL|1", "2023|PSYCH|1", "2023|RETURN|1");
        (await Cells.LinesAsync(wh, "A01", "A", "organisation")).Should().Equal("2022|NGO1|1", "2023|NGO1|1", "2023|NRM|3");
    }

    [Fact]
    public async Task A02_counts_persons_accommodated_at_their_first_shelter_stay()
    {
        var wh = fixture.Warehouse;
        // P4 2022-11-20; P1 03-11, P2 05-02 (NGO1), P7 10-06.
        (await Cells.LinesAsync(wh, "A02", "M")).Should().Equal("2022-11|1", "2023-03|1", "2023-05|1", "2023-10|1");
        (await Cells.LinesAsync(wh, "A02", "Q", "organisation")).Should().Equal(
            "2022-Q4|NGO1|1", "2023-Q1|NRM|1", "2023-Q2|NGO1|1", "2023-Q4|NRM|1");
    }

    [Fact]
    public async Task A03_and_A04_count_decisions()
    {
        var wh = fixture.Warehouse;
        // Reflection periods: P1 granted 03-15, P5 refused 07-10, P7 granted 10-07.
        (await Cells.LinesAsync(wh, "A03", "A", "outcome")).Should().Equal("2023|GRANTED|2", "2023|REFUSED|1");
        // Permits issued: P1 renewal 2023 (no ground), P2 first permit 2024; P2's refused first permit of 2023 is excluded.
        (await Cells.LinesAsync(wh, "A04", "A", "decision_type", "permit_ground")).Should().Equal(
            "2023|PERMIT_RENEWAL|UNK|1", "2024|PERMIT_FIRST|COOPERATION|1");
    }

    [Fact]
    public async Task A05_and_A06_count_persons_granted_protection_and_return()
    {
        var wh = fixture.Warehouse;
        // Protection: P7 granted 12-01; P8 refused.
        (await Cells.LinesAsync(wh, "A05", "Q")).Should().Equal("2023-Q4|1");
        // Return: P8 granted 2023-12-15 and 2024-01-20; P7's reintegration assistance (RETURN episode) is not a return.
        (await Cells.LinesAsync(wh, "A06", "Q", "organisation")).Should().Equal("2023-Q4|NRM|1", "2024-Q1|NRM|1");
    }
}
