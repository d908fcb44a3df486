using System.Globalization;

namespace Stats.Api.Tests;

/// <summary>One row of the hand-made table, generated in C# so that expected answers are computed with LINQ, not SQL.</summary>
public sealed record CaseRow(long Id, string? Region, int Year, long Cases, double? Rate, DateOnly Reported, bool Flag)
{
    private static readonly string[] Regions = ["North", "South", "East", "West"];

    /// <summary>30 rows; nulls in Region (every 7th) and Rate (every 6th); several ties in Region/Year so the key decides the order.</summary>
    public static IReadOnlyList<CaseRow> All { get; } = Enumerable.Range(1, 30).Select(i => new CaseRow(
        i,
        i % 7 == 0 ? null : Regions[i % 4],
        2018 + (i % 5),
        i * 37 % 50,
        i % 6 == 0 ? null : i * 0.5,
        new DateOnly(2020, 1, 1).AddDays(i * 11),
        i % 3 == 0)).ToList();

    public string ReportedText => Reported.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
