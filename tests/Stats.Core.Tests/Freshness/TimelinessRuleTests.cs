using Stats.Core.Freshness;

namespace Stats.Core.Tests.Freshness;

public sealed class TimelinessRuleTests
{
    // Daily source: expected every day, late after 2 days, overdue after 7 days.
    private static readonly TimelinessRule Daily = new(TimeSpan.FromDays(1), TimeSpan.FromDays(2), TimeSpan.FromDays(7));
    private static readonly DateTimeOffset LastDelivery = new(2025, 3, 10, 6, 0, 0, TimeSpan.Zero);

    private static DateTimeOffset Utc(int day, int hour, int minute = 0, int second = 0) => new(2025, 3, day, hour, minute, second, TimeSpan.Zero);

    [Theory]
    [InlineData(10, 6, 0, 0, FreshnessStatus.OnTime)]     // delivered this instant
    [InlineData(11, 6, 0, 0, FreshnessStatus.OnTime)]     // next one due, not yet late
    [InlineData(12, 5, 59, 59, FreshnessStatus.OnTime)]   // 47:59:59 old
    [InlineData(12, 6, 0, 0, FreshnessStatus.Late)]       // exactly 48 h: the threshold counts as crossed
    [InlineData(17, 5, 59, 59, FreshnessStatus.Late)]     // 6 d 23:59:59 old
    [InlineData(17, 6, 0, 0, FreshnessStatus.Overdue)]    // exactly 7 d
    [InlineData(31, 0, 0, 0, FreshnessStatus.Overdue)]
    public void Classifies_by_age_of_the_last_successful_delivery(int day, int hour, int minute, int second, FreshnessStatus expected)
    {
        Daily.Classify(LastDelivery, Utc(day, hour, minute, second)).Should().Be(expected);
    }

    [Fact]
    public void A_source_that_never_delivered_is_never_delivered_whatever_the_time()
    {
        Daily.Classify(null, Utc(1, 0)).Should().Be(FreshnessStatus.NeverDelivered);
        Daily.LateAt(null).Should().BeNull();
        Daily.OverdueAt(null).Should().BeNull();
        Daily.NextExpectedAt(null).Should().BeNull();
    }

    [Fact]
    public void A_delivery_stamped_after_now_by_clock_skew_is_on_time()
    {
        Daily.Classify(LastDelivery, LastDelivery.AddMinutes(-5)).Should().Be(FreshnessStatus.OnTime);
    }

    [Fact]
    public void Thresholds_are_instants_independent_of_the_offset_they_are_given_in()
    {
        // 07:00 at +01:00 is 06:00 UTC on 10 March; late 48 h later, overdue 7 days later.
        var last = new DateTimeOffset(2025, 3, 10, 7, 0, 0, TimeSpan.FromHours(1));

        Daily.NextExpectedAt(last).Should().Be(Utc(11, 6));
        Daily.LateAt(last).Should().Be(Utc(12, 6));
        Daily.OverdueAt(last).Should().Be(Utc(17, 6));
        Daily.Classify(last, Utc(12, 6)).Should().Be(FreshnessStatus.Late);
    }

    [Fact]
    public void A_monthly_rule_crosses_february_by_days_not_calendar_months()
    {
        // Courts: expected every 31 days, late after 35, overdue after 62. Last delivery 1 Feb 2025 07:00 UTC;
        // 35 days later is 8 March 07:00 (28 days of February + 7).
        var monthly = new TimelinessRule(TimeSpan.FromDays(31), TimeSpan.FromDays(35), TimeSpan.FromDays(62));
        var last = new DateTimeOffset(2025, 2, 1, 7, 0, 0, TimeSpan.Zero);

        monthly.LateAt(last).Should().Be(new DateTimeOffset(2025, 3, 8, 7, 0, 0, TimeSpan.Zero));
        monthly.Classify(last, new DateTimeOffset(2025, 3, 8, 6, 59, 59, TimeSpan.Zero)).Should().Be(FreshnessStatus.OnTime);
        monthly.Classify(last, new DateTimeOffset(2025, 3, 8, 7, 0, 0, TimeSpan.Zero)).Should().Be(FreshnessStatus.Late);
        monthly.OverdueAt(last).Should().Be(new DateTimeOffset(2025, 4, 4, 7, 0, 0, TimeSpan.Zero));
    }

    [Theory]
    [InlineData(0, 2, 7, "expectedEvery")]
    [InlineData(-1, 2, 7, "expectedEvery")]
    [InlineData(3, 2, 7, "lateAfter")]
    [InlineData(1, 7, 7, "overdueAfter")]
    [InlineData(1, 7, 2, "overdueAfter")]
    public void Inconsistent_thresholds_are_refused(int expectedDays, int lateDays, int overdueDays, string parameter)
    {
        var act = () => new TimelinessRule(TimeSpan.FromDays(expectedDays), TimeSpan.FromDays(lateDays), TimeSpan.FromDays(overdueDays));

        act.Should().Throw<ArgumentOutOfRangeException>().Which.ParamName.Should().Be(parameter);
    }
}
