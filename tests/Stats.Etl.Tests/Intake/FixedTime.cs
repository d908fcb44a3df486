namespace Stats.Etl.Tests.Intake;

/// <summary>A clock stopped at one instant, in UTC, so "today" and received_at are known to the tests.</summary>
internal sealed class FixedTime(DateTimeOffset now) : TimeProvider
{
    public static readonly DateTimeOffset Default = new(2025, 6, 30, 10, 0, 0, TimeSpan.Zero);

    public override DateTimeOffset GetUtcNow() => now;

    public override TimeZoneInfo LocalTimeZone => TimeZoneInfo.Utc;
}
