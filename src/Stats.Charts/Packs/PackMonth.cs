using System.Globalization;

namespace Stats.Charts.Packs;

/// <summary>The reference month of a pack (<c>yyyy-MM</c>, which is also the monthly SDMX TIME_PERIOD of the cubes).</summary>
public readonly record struct PackMonth(int Year, int Month) : IComparable<PackMonth>
{
    public DateOnly FirstDay => new(Year, Month, 1);

    public DateOnly LastDay => FirstDay.AddMonths(1).AddDays(-1);

    public PackMonth Previous => From(FirstDay.AddMonths(-1));

    public PackMonth YearEarlier => new(Year - 1, Month);

    /// <summary>The quarter's TIME_PERIOD when this month ends a quarter (2025-Q3 for 2025-09), otherwise null.</summary>
    public string? EndedQuarter => Month % 3 == 0 ? string.Create(CultureInfo.InvariantCulture, $"{Year}-Q{Month / 3}") : null;

    public static PackMonth From(DateOnly day) => new(day.Year, day.Month);

    public static PackMonth Parse(string? text)
    {
        if (text is null || !DateOnly.TryParseExact(text.Trim(), "yyyy-MM", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day))
        {
            throw new PackException($"--month '{text}' is not a month: give it as yyyy-MM, for example 2025-10.");
        }

        return From(day);
    }

    /// <summary>The month before the one <paramref name="now"/> falls in: what a pack sent at the start of a month reports on.</summary>
    public static PackMonth Before(DateTimeOffset now) => From(DateOnly.FromDateTime(now.UtcDateTime)).Previous;

    /// <summary>A month's figures are reported only once it is over, otherwise the pack would show part of a month as a fall.</summary>
    public void EnsureEndedBy(DateTimeOffset now)
    {
        var today = DateOnly.FromDateTime(now.UtcDateTime);
        if (LastDay >= today)
        {
            throw new PackException(
                $"--month {this} has not ended yet (today is {today:yyyy-MM-dd} UTC); its pack can be made from {LastDay.AddDays(1):yyyy-MM-dd}.");
        }
    }

    public int CompareTo(PackMonth other) => FirstDay.CompareTo(other.FirstDay);

    public static bool operator <(PackMonth left, PackMonth right) => left.CompareTo(right) < 0;

    public static bool operator >(PackMonth left, PackMonth right) => left.CompareTo(right) > 0;

    public static bool operator <=(PackMonth left, PackMonth right) => left.CompareTo(right) <= 0;

    public static bool operator >=(PackMonth left, PackMonth right) => left.CompareTo(right) >= 0;

    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{Year:0000}-{Month:00}");
}
