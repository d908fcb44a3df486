namespace Stats.Benchmarks.OData;

/// <summary>One step of making the OData benchmark's data, as timed when the cache was made.</summary>
internal sealed record FactSetupStep(string Step, double Seconds, double? Megabytes);
