using System.Globalization;

namespace Stats.Etl.Aggregates;

/// <summary>A reference period of an aggregate cell: freq A (No 0), Q (1–4) or M (1–12) of a year.</summary>
internal readonly record struct AggregatePeriod(string Freq, int Year, int No)
{
    public const string Annual = "A";
    public const string Quarterly = "Q";
    public const string Monthly = "M";

    public DateOnly Start => Freq switch
    {
        Quarterly => new DateOnly(Year, ((No - 1) * 3) + 1, 1),
        Monthly => new DateOnly(Year, No, 1),
        _ => new DateOnly(Year, 1, 1),
    };

    public string Label => Freq switch
    {
        Quarterly => string.Create(CultureInfo.InvariantCulture, $"{Year}-Q{No}"),
        Monthly => string.Create(CultureInfo.InvariantCulture, $"{Year}-M{No:00}"),
        _ => Year.ToString(CultureInfo.InvariantCulture),
    };

    public override string ToString() => Label;
}
