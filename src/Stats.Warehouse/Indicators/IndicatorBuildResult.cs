namespace Stats.Warehouse.Indicators;

/// <summary>What the indicator build produced: cells per indicator and how many were suppressed.</summary>
public sealed record IndicatorBuildResult(IReadOnlyList<IndicatorCubeSummary> Cubes, TimeSpan Elapsed);

/// <summary>One indicator's cube: cells, primary and secondary suppressions, flagged revisions (public view).</summary>
public sealed record IndicatorCubeSummary(string Id, long Cells, long Primary, long Secondary, long Revised, TimeSpan Elapsed);
