namespace Stats.Etl.Synthetic;

/// <summary>Files written (absolute paths, deliveries first), the ground truth and where it and the demo secret were written.</summary>
public sealed record GenerationResult(IReadOnlyList<string> Files, GroundTruth GroundTruth, string GroundTruthPath, string DemoSecretPath)
{
    internal GeneratedModel? Model { get; init; }
}
