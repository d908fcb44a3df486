namespace Stats.Etl.Scheduling;

/// <summary>An agency endpoint answered with a transient failure (5xx, 408, 429, network): the run is retried with backoff.</summary>
public sealed class TransientPullException(string message) : Exception(message);
