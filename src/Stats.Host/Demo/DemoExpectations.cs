using Stats.Etl.Intake;
using Stats.Etl.Synthetic;

namespace Stats.Host.Demo;

/// <summary>
/// Compares what intake did with each delivery to what the generator says it must do. On a second run a
/// delivery expected to load is a duplicate of the first run's: that is the idempotency the demo shows.
/// </summary>
internal static class DemoExpectations
{
    public static IReadOnlyList<string> Unexpected(GroundTruth truth, string folder, IReadOnlyList<IntakeOutcome> outcomes)
    {
        var problems = new List<string>();
        foreach (var (delivery, outcome) in truth.Deliveries.Zip(outcomes))
        {
            var ok = delivery.Expected switch
            {
                "loaded" => outcome.Status is IntakeStatus.Loaded or IntakeStatus.Duplicate,
                "duplicate" => outcome.Status == IntakeStatus.Duplicate,
                "refused" => outcome.Status == IntakeStatus.Refused && outcome.RefusalReason == delivery.Reason,
                _ => false,
            };
            if (!ok)
            {
                problems.Add($"{Path.GetRelativePath(folder, outcome.FilePath)}: expected {delivery.Expected} {delivery.Reason}, got {outcome.Status} {outcome.RefusalReason}");
            }
        }

        return problems;
    }
}
