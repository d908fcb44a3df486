namespace Stats.Api.Tests;

/// <summary>A clock that always reads the same instant (timers still run on the system clock).</summary>
internal sealed class FixedClock(DateTimeOffset now) : TimeProvider
{
    public override DateTimeOffset GetUtcNow() => now;
}
