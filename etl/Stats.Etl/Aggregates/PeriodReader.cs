using System.Globalization;
using Stats.Etl.Contracts;
using Stats.Etl.Readers;

namespace Stats.Etl.Aggregates;

/// <summary>
/// Reads a row's reference period: the year (within the contract's range) and, with a quarter or month column,
/// the quarter/month or an annual marker. A period that starts after the day of delivery cannot have been counted.
/// </summary>
internal sealed class PeriodReader(PeriodSpec spec, DateOnly today, string fileName)
{
    public AggregatePeriod Read(DeliveredTable table, DeliveredRow row)
    {
        var yearText = table.Value(row, spec.Year).Trim();
        var year = AggregateText.Year(yearText)
            ?? throw row.Refusal(fileName, RefusalReasons.InvalidPeriod, spec.Year, $"'{yearText}' is not a year (four digits).");
        if (year < spec.FirstYear || year > spec.LastYear)
        {
            throw row.Refusal(fileName, RefusalReasons.PeriodOutOfRange, spec.Year,
                $"year {year} is outside the contract's range {spec.FirstYear}–{spec.LastYear}.");
        }

        var period = new AggregatePeriod(AggregatePeriod.Annual, year, 0);
        var column = spec.Year;
        if (spec.SubPeriodColumn is { } sub)
        {
            column = sub;
            var text = table.Value(row, sub).Trim();
            if (!spec.Annual.Any(a => string.Equals(a.Trim(), text, StringComparison.OrdinalIgnoreCase)))
            {
                var markers = spec.Annual.Count == 0 ? string.Empty : $" nor an annual marker ({string.Join(", ", spec.Annual.Select(a => $"'{a}'"))})";
                period = spec.Quarter is not null
                    ? new AggregatePeriod(AggregatePeriod.Quarterly, year, AggregateText.Quarter(text)
                        ?? throw row.Refusal(fileName, RefusalReasons.InvalidPeriod, sub, $"'{text}' is not a quarter (1–4, Q1–Q4){markers}."))
                    : new AggregatePeriod(AggregatePeriod.Monthly, year, AggregateText.Month(text)
                        ?? throw row.Refusal(fileName, RefusalReasons.InvalidPeriod, sub, $"'{text}' is not a month (1–12, M01–M12){markers}."));
            }
        }

        if (period.Start > today)
        {
            throw row.Refusal(fileName, RefusalReasons.PeriodOutOfRange, period.Freq == AggregatePeriod.Annual ? spec.Year : column,
                $"period {period.Label} starts after the day of delivery {today.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}.");
        }

        return period;
    }
}
