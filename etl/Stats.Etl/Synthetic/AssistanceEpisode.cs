namespace Stats.Etl.Synthetic;

/// <summary>An assistance episode with its canonical type code (assistance_type); End null = still running.</summary>
internal sealed record AssistanceEpisode(string Type, DateOnly Start, DateOnly? End);
