namespace Stats.Etl.Intake;

/// <summary>What became of a delivery.</summary>
public enum IntakeStatus
{
    Loaded,
    Refused,
    Duplicate,
}
