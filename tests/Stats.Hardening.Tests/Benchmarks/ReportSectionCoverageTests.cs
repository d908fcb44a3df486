using System.Reflection;
using System.Text.RegularExpressions;
using BenchmarkDotNet.Attributes;
using Stats.Benchmarks;
using Stats.Benchmarks.Report;
using Xunit.Abstractions;

namespace Stats.Hardening.Tests.Benchmarks;

/// <summary>Issue 10, item 6: the report leaves no benchmark out, and every section has its prose template.</summary>
public sealed partial class ReportSectionCoverageTests(ITestOutputHelper output)
{
    [Fact]
    public void Every_benchmark_class_of_the_benchmark_assembly_belongs_to_exactly_one_report_section()
    {
        var benchmarkClasses = typeof(IntakeThroughputBenchmarks).Assembly.GetTypes()
            .Where(t => t.GetMethods(BindingFlags.Public | BindingFlags.Instance).Any(m => m.GetCustomAttribute<BenchmarkAttribute>() is not null))
            .ToList();
        var claimed = ReportSections.All.SelectMany(s => s.BenchmarkClasses.Select(c => (Section: s.Id, Class: c))).ToList();
        output.WriteLine($"{benchmarkClasses.Count} benchmark classes: {string.Join(", ", benchmarkClasses.Select(c => c.Name))}");
        output.WriteLine($"{ReportSections.All.Count} sections: {string.Join(", ", ReportSections.All.Select(s => $"{s.Id} [{string.Join(", ", s.BenchmarkClasses.Select(c => c.Name))}]"))}");

        benchmarkClasses.Should().NotBeEmpty();
        benchmarkClasses.Should().OnlyContain(c => claimed.Count(x => x.Class == c) == 1,
            "a benchmark class that no section runs would be missing from RESULTS.md (add it to a section's BenchmarkClasses in Report/ReportSections.cs)");
        claimed.Select(x => x.Class).Should().OnlyContain(c => benchmarkClasses.Contains(c), "a section runs only classes with [Benchmark] methods");
    }

    [Fact]
    public void Every_section_has_a_unique_id_and_a_template_whose_placeholders_are_well_formed()
    {
        var folder = Path.Combine(RepositoryRoot(), "tests", "Stats.Benchmarks");
        var ids = ReportSections.All.Select(s => s.Id).ToList();
        output.WriteLine($"{ids.Count} sections, templates in {ReportSections.TemplatePath(folder, "<id>")}");

        ids.Should().OnlyHaveUniqueItems();
        foreach (var id in ids.Append("header"))
        {
            var path = ReportSections.TemplatePath(folder, id);
            File.Exists(path).Should().BeTrue($"section '{id}' needs its prose template {path}");
            var template = File.ReadAllText(path);
            var placeholders = Placeholder().Matches(template).Select(m => m.Groups[1].Value).ToList();
            output.WriteLine($"{id}: {placeholders.Count} placeholders");
            // A brace pair the renderer would not fill (a typo such as "{{table intake}}") would reach RESULTS.md as is.
            Regex.Matches(template, @"\{\{").Count.Should().Be(placeholders.Count, $"every '{{{{' in {path} opens a placeholder");
            if (id != "header")
            {
                placeholders.Should().Contain(p => p.StartsWith("table:", StringComparison.Ordinal), $"section '{id}' shows at least one table");
            }
        }
    }

    private static string RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Stats.sln")))
            {
                return dir.FullName;
            }
        }

        throw new DirectoryNotFoundException("No Stats.sln above " + AppContext.BaseDirectory);
    }

    [GeneratedRegex(@"\{\{([A-Za-z0-9_.:\-]+)\}\}")]
    private static partial Regex Placeholder();
}
