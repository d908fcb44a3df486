using Stats.Charts.Packs;

namespace Stats.Charts.Tests.Packs;

public sealed class PackMonthTests
{
    [Theory]
    [InlineData("2025-13")]
    [InlineData("2025-1")]
    [InlineData("October")]
    [InlineData("")]
    [InlineData("2025-10-01")]
    public void Issue_6_a_month_that_is_not_yyyy_MM_is_refused_with_the_expected_form(string text)
    {
        var act = () => PackMonth.Parse(text);
        act.Should().Throw<PackException>().WithMessage($"--month '{text}' is not a month: give it as yyyy-MM, for example 2025-10.");
    }

    [Fact]
    public void Issue_6_month_arithmetic_crosses_years()
    {
        var january = PackMonth.Parse("2025-01");
        january.Previous.ToString().Should().Be("2024-12");
        january.YearEarlier.ToString().Should().Be("2024-01");
        january.LastDay.Should().Be(new DateOnly(2025, 1, 31));
        PackMonth.Parse("2024-02").LastDay.Should().Be(new DateOnly(2024, 2, 29));
        PackMonth.Parse("2025-09").EndedQuarter.Should().Be("2025-Q3");
        PackMonth.Parse("2025-10").EndedQuarter.Should().BeNull();
        PackMonth.Before(new DateTimeOffset(2026, 1, 3, 6, 0, 0, TimeSpan.Zero)).ToString().Should().Be("2025-12");
    }

    [Fact]
    public void Issue_6_a_month_is_reported_only_once_it_is_over()
    {
        var october = PackMonth.Parse("2025-10");
        october.Invoking(m => m.EnsureEndedBy(new DateTimeOffset(2025, 11, 1, 0, 0, 0, TimeSpan.Zero))).Should().NotThrow();
        october.Invoking(m => m.EnsureEndedBy(new DateTimeOffset(2025, 10, 31, 23, 59, 59, TimeSpan.Zero)))
            .Should().Throw<PackException>().WithMessage("--month 2025-10 has not ended yet (today is 2025-10-31 UTC); its pack can be made from 2025-11-01.");
    }
}
