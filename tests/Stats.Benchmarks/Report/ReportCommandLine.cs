namespace Stats.Benchmarks.Report;

/// <summary>How the report is run, as RESULTS.md prints it: from the repository root, in Release.</summary>
internal static class ReportCommandLine
{
    public const string Prefix = "dotnet run -c Release --project tests/Stats.Benchmarks -- report";
}
