namespace Stats.Etl.Contracts;

/// <summary>Two canonical date fields where <c>Later</c> must not fall before <c>Earlier</c>.</summary>
public sealed record DateOrderRule(string Earlier, string Later);
