namespace Stats.Catalog.Tests;

/// <summary>A clock the test sets by hand, so recorded times are known in advance.</summary>
internal sealed class ManualClock(DateTimeOffset now) : TimeProvider
{
    public DateTimeOffset Now { get; set; } = now;

    public override DateTimeOffset GetUtcNow() => Now;
}
