namespace Stats.Warehouse.Indicators;

/// <summary>One row of a vintage's ind_indicator: the definition the vintage's cube was built with.</summary>
public sealed record SnapshotIndicator(
    string Id, string Title, string Definition, string Unit, string Measure, IReadOnlyList<string> Breakdowns,
    IReadOnlyList<string> Sources, string DisclosureRule, int? DisclosureK, string References, string? Notes);
