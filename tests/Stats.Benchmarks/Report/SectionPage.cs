namespace Stats.Benchmarks.Report;

/// <summary>What the renderer needs of one section: its id and title, its prose template and its last results (null: never measured).</summary>
internal sealed record SectionPage(string Id, string Title, string Template, SectionResult? Result)
{
    /// <summary>The command that measures this section again and regenerates RESULTS.md, keeping the other sections' results.</summary>
    public string RerunCommand => $"{ReportCommandLine.Prefix} --only {Id}";
}
