using System.Globalization;

namespace Stats.Etl.Aggregates;

/// <summary>
/// What a set of parts (details of a total, quarters of a year) adds up to: exact when every part is exact, else
/// the range their bounds allow (an exact part counts as both bounds, a censored part without lower bound as 0,
/// without upper bound makes the range unbounded). Null when a part is missing: then nothing can be said.
/// </summary>
internal sealed record PartsSum(long Lower, long? Upper, int Count)
{
    public bool Exact => Upper == Lower && Censored == 0;

    private int Censored { get; init; }

    public static PartsSum? Of(IReadOnlyCollection<AggregateCell> parts)
    {
        if (parts.Any(p => p.Status == CellStatus.Missing))
        {
            return null;
        }

        long lower = 0;
        long? upper = 0;
        foreach (var part in parts)
        {
            lower += part.Value ?? part.Lower ?? 0;
            upper = upper is { } u && (part.Value ?? part.Upper) is { } partUpper ? u + partUpper : null;
        }

        return new PartsSum(lower, upper, parts.Count) { Censored = parts.Count(p => p.Status == CellStatus.Censored) };
    }

    /// <summary>The figure the stated value should have been (the sum, or the bound it crossed); null when it is consistent.</summary>
    public long? Expected(long stated) =>
        stated < Lower ? Lower
        : Upper is { } upper && stated > upper ? upper
        : null;

    /// <summary>"add up to 11" or "(3 censored) allow 7 to 15".</summary>
    public string Describe() =>
        Exact
            ? string.Create(CultureInfo.InvariantCulture, $"add up to {Lower}")
            : string.Create(CultureInfo.InvariantCulture, $"({Censored} censored) allow {Lower} to {(Upper is { } u ? u.ToString(CultureInfo.InvariantCulture) : "any number")}");
}
