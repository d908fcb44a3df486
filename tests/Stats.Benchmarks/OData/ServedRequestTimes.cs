namespace Stats.Benchmarks.OData;

/// <summary>Medians (seconds) of one feed request's parts, in-process (<see cref="ServedRequestProfile"/>).</summary>
internal sealed record ServedRequestTimes(int Runs, double OpenAlone, double OpenShared, double PageQuery, double PageQueryInlined, double BarePage);
