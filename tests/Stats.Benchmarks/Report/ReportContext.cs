namespace Stats.Benchmarks.Report;

/// <summary>How this report run measures: quick (smoke) or full, and where BenchmarkDotNet writes its artifacts.</summary>
internal sealed record ReportContext(bool Quick, string ArtifactsPath);
