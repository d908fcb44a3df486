namespace Stats.Etl.Tests.Synthetic;

/// <summary>One victim registration as the tests read it from a delivery, in canonical codes.</summary>
internal sealed record VictimRow(string Agency, string Key, string Status, string Sex, int? Age, string? Citizenship, IReadOnlyList<string> Forms, DateOnly RegisteredOn);
