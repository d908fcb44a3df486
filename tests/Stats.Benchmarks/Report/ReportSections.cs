namespace Stats.Benchmarks.Report;

/// <summary>The sections of RESULTS.md, in the order of the issues; `report` measures them in this order.</summary>
internal static class ReportSections
{
    public static IReadOnlyList<IReportSection> All { get; } =
    [
        new IntakeSection(),
        new IndicatorSection(),
        new ODataSection(),
        new PackSection(),
        new ExportSection(),
        new MseSection(),
    ];

    /// <summary>The prose template of a section (or "header") in the source folder's Report/.</summary>
    public static string TemplatePath(string sourceFolder, string id) => Path.Combine(sourceFolder, "Report", id + ".md");
}
