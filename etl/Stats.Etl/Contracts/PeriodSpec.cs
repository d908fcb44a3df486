namespace Stats.Etl.Contracts;

/// <summary>
/// Where an aggregate return states its reference period: a year column, at most one of a quarter or month column,
/// the values of that column that mark the year's own row (<c>Annual</c>), and the years a delivery may state.
/// </summary>
public sealed record PeriodSpec
{
    public required string Year { get; init; }
    public string? Quarter { get; init; }
    public string? Month { get; init; }

    /// <summary>Values of the quarter/month column that make a row annual (matched trimmed, case-insensitively).</summary>
    public IReadOnlyList<string> Annual { get; init; } = [];

    /// <summary>First year a delivery may state (inclusive).</summary>
    public required int FirstYear { get; init; }

    /// <summary>Last year a delivery may state (inclusive).</summary>
    public required int LastYear { get; init; }

    /// <summary>The quarter or month column, when the return has one.</summary>
    public string? SubPeriodColumn => Quarter ?? Month;
}
