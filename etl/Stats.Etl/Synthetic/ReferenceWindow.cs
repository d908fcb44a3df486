namespace Stats.Etl.Synthetic;

/// <summary>
/// The days of the reference year the generator may use: the whole year, or up to yesterday for the current year,
/// so that no generated date is in the future (intake quarantines future dates).
/// </summary>
internal sealed record ReferenceWindow(int Year, DateOnly Start, DateOnly End)
{
    public static ReferenceWindow For(int year, TimeProvider time)
    {
        var today = DateOnly.FromDateTime(time.GetUtcNow().UtcDateTime);
        if (year < 1990 || year > today.Year)
        {
            throw new ArgumentOutOfRangeException(nameof(year), year, $"The reference year must lie between 1990 and the current year ({today.Year}).");
        }

        var end = new DateOnly(year, 12, 31);
        var yesterday = today.AddDays(-1);
        if (end > yesterday)
        {
            end = yesterday;
        }

        if (end.DayNumber - new DateOnly(year, 1, 1).DayNumber < 59)
        {
            throw new ArgumentOutOfRangeException(nameof(year), year, "Less than two months of the current year have passed; generate a past year.");
        }

        return new ReferenceWindow(year, new DateOnly(year, 1, 1), end);
    }

    public DateOnly Cap(DateOnly date) => date > End ? End : date;
}
