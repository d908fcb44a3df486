namespace Stats.Warehouse.Build;

/// <summary>Outcome of one model build: each model in the order it ran, and the whole build's duration.</summary>
public sealed record BuildResult(IReadOnlyList<ModelRunResult> Models, TimeSpan Elapsed);
