namespace Stats.Etl.Packs;

/// <summary>Some packs could not be sent for a reason that may pass (mail server down, timeout): the job is retried, and only the missing ones go.</summary>
public sealed class TransientPackException(string message) : Exception(message);
