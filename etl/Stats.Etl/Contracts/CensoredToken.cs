namespace Stats.Etl.Contracts;

/// <summary>Bounds of a count the source suppressed: <c>Lower</c> null = not stated, <c>Upper</c> null = unbounded.</summary>
public sealed record CensoredToken(long? Lower, long? Upper);
