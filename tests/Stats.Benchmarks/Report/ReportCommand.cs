using System.Diagnostics;

namespace Stats.Benchmarks.Report;

/// <summary>
/// `report [--only id,…] [--quick] [--render-only]`: measures the sections (all, or those named), stores each one's results
/// next to RESULTS.md as soon as it is measured and regenerates RESULTS.md from every section's last results, so an
/// interrupted run keeps what it finished. `--render-only` measures nothing.
/// </summary>
internal static class ReportCommand
{
    public static async Task<int> RunAsync(string[] args, CancellationToken ct)
    {
        var quick = args.Contains("--quick");
        var renderOnly = args.Contains("--render-only");
        var only = Option(args, "--only")?.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
        var unknown = only?.Where(id => ReportSections.All.All(s => s.Id != id)).ToList() ?? [];
        if (unknown.Count > 0)
        {
            await Console.Error.WriteLineAsync($"Unknown section(s) {string.Join(", ", unknown)}; the sections are {string.Join(", ", ReportSections.All.Select(s => s.Id))}.");
            return 2;
        }

        if (quick)
        {
            // Seen by the caches, the benchmark classes BenchmarkDotNet constructs and the memory probe's child processes.
            Environment.SetEnvironmentVariable(BenchmarkScale.Variable, "1");
        }

        var source = ResultStore.SourceFolder();
        var store = new ResultStore(source);
        var selected = renderOnly ? [] : ReportSections.All.Where(s => only is null || only.Contains(s.Id)).ToList();
        var machine = MachineInfo.Gather();
        if (machine.Configuration != "Release")
        {
            Console.WriteLine($"// WARNING: the benchmark assembly is a {machine.Configuration} build; run with -c Release for figures worth keeping.");
        }

        var context = new ReportContext(quick, Path.Combine(source, "BenchmarkDotNet.Artifacts", "report"));
        var commit = GitCommit.Describe(source);
        var failed = new List<string>();
        var total = Stopwatch.StartNew();
        foreach (var section in selected)
        {
            Console.WriteLine($"// ===== report: section {section.Id} ({section.Title}){(quick ? ", quick" : "")}, started {DateTimeOffset.UtcNow:HH:mm:ss} UTC");
            var started = DateTimeOffset.UtcNow;
            var cpu = new CpuShare();
            var watch = Stopwatch.StartNew();
            try
            {
                var measured = await section.MeasureAsync(context, ct);
                store.Save(new SectionResult
                {
                    Section = section.Id,
                    Measured = started,
                    Quick = quick,
                    ElapsedSeconds = watch.Elapsed.TotalSeconds,
                    Commit = commit,
                    Machine = machine,
                    Notes = [cpu.Note(), .. measured.Notes],
                    Timings = measured.Timings,
                    Tables = measured.Tables,
                    Figures = measured.Figures,
                });
                Console.WriteLine($"// ===== report: section {section.Id} measured in {watch.Elapsed.TotalMinutes:N1} min; results in {ResultStore.FileName(section.Id)}");
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                // One broken section must not cost the others' results: its last stored results stay.
                failed.Add(section.Id);
                await Console.Error.WriteLineAsync($"// ===== report: section {section.Id} FAILED after {watch.Elapsed.TotalMinutes:N1} min; its last results are kept.\n{e}");
            }

            Render(store, source);
        }

        Render(store, source);
        Console.WriteLine($"// report: {selected.Count} section(s) in {total.Elapsed.TotalMinutes:N1} min; wrote {store.ResultsMarkdown}");
        if (failed.Count > 0)
        {
            await Console.Error.WriteLineAsync($"// report: failed: {string.Join(", ", failed)}; rerun with --only {string.Join(',', failed)}");
            return 1;
        }

        return 0;
    }

    private static void Render(ResultStore store, string source)
    {
        var pages = ReportSections.All
            .Select(s => new SectionPage(s.Id, s.Title, File.ReadAllText(ReportSections.TemplatePath(source, s.Id)), store.Load(s.Id)))
            .ToList();
        var header = File.ReadAllText(ReportSections.TemplatePath(source, "header"));
        File.WriteAllText(store.ResultsMarkdown, ReportRenderer.Render(header, pages, DateTimeOffset.UtcNow));
    }

    private static string? Option(string[] args, string name)
    {
        var i = Array.IndexOf(args, name);
        return i >= 0 && i + 1 < args.Length ? args[i + 1] : null;
    }
}
