using System.Globalization;

namespace Stats.Core.Indicators;

/// <summary>SDMX codes and period labels of <see cref="Frequency"/> (A / Q / M; 2025, 2025-Q1, 2025-01).</summary>
public static class Frequencies
{
    public static IReadOnlyList<Frequency> All { get; } = [Frequency.Annual, Frequency.Quarterly, Frequency.Monthly];

    public static string Code(Frequency frequency) => frequency switch
    {
        Frequency.Annual => "A",
        Frequency.Quarterly => "Q",
        Frequency.Monthly => "M",
        _ => throw new ArgumentOutOfRangeException(nameof(frequency), frequency, null),
    };

    public static bool TryParse(string code, out Frequency frequency)
    {
        switch (code)
        {
            case "A": frequency = Frequency.Annual; return true;
            case "Q": frequency = Frequency.Quarterly; return true;
            case "M": frequency = Frequency.Monthly; return true;
            default: frequency = default; return false;
        }
    }

    /// <summary>The time word a user types after --by: year, quarter, month.</summary>
    public static string Word(Frequency frequency) => frequency switch
    {
        Frequency.Annual => "year",
        Frequency.Quarterly => "quarter",
        Frequency.Monthly => "month",
        _ => throw new ArgumentOutOfRangeException(nameof(frequency), frequency, null),
    };

    public static bool TryParseWord(string word, out Frequency frequency)
    {
        foreach (var f in All)
        {
            if (string.Equals(Word(f), word, StringComparison.Ordinal))
            {
                frequency = f;
                return true;
            }
        }

        frequency = default;
        return false;
    }

    /// <summary>SDMX TIME_PERIOD of the period starting at <paramref name="start"/>.</summary>
    public static string TimePeriod(Frequency frequency, DateOnly start) => frequency switch
    {
        Frequency.Annual => start.Year.ToString(CultureInfo.InvariantCulture),
        Frequency.Quarterly => string.Create(CultureInfo.InvariantCulture, $"{start.Year}-Q{((start.Month - 1) / 3) + 1}"),
        Frequency.Monthly => string.Create(CultureInfo.InvariantCulture, $"{start.Year}-{start.Month:00}"),
        _ => throw new ArgumentOutOfRangeException(nameof(frequency), frequency, null),
    };

    /// <summary>The last day of the period starting at <paramref name="start"/>.</summary>
    public static DateOnly End(Frequency frequency, DateOnly start) => frequency switch
    {
        Frequency.Annual => start.AddYears(1).AddDays(-1),
        Frequency.Quarterly => start.AddMonths(3).AddDays(-1),
        Frequency.Monthly => start.AddMonths(1).AddDays(-1),
        _ => throw new ArgumentOutOfRangeException(nameof(frequency), frequency, null),
    };
}
