namespace Stats.Etl.Intake;

/// <summary>A step of a load, reported while it runs (stage names: scanning, landing, validating, staging, committing).</summary>
public sealed record IntakeProgress(string FileName, string Stage, long? Rows = null);
