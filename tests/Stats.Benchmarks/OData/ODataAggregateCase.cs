namespace Stats.Benchmarks.OData;

/// <summary>One way of answering the aggregate: its first request (seconds; none for the reference) and its timed runs.</summary>
internal sealed record ODataAggregateCase(string Method, double? FirstSeconds, Timing Timing, bool Reference);
