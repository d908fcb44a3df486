using Stats.Warehouse.Build;
using Stats.Warehouse.Indicators;
using Stats.Warehouse.Vintages;

namespace Stats.Warehouse.Publish;

/// <summary>
/// Outcome of a publish: the new vintage when published; otherwise the data tests that failed (the previous
/// vintage keeps serving). Build is null only when the build itself did not complete; Indicators holds the cubes built.
/// </summary>
public sealed record PublishResult(bool Published, VintageInfo? Vintage, IReadOnlyList<DataTestFailure> Failures, BuildResult? Build)
{
    public IndicatorBuildResult? Indicators { get; init; }
}
