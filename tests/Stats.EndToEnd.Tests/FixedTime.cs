namespace Stats.EndToEnd.Tests;

/// <summary>A clock that stands still, so "future date" and timestamps do not depend on when the test runs.</summary>
internal sealed class FixedTime(DateTimeOffset now) : TimeProvider
{
    public override DateTimeOffset GetUtcNow() => now;
}
