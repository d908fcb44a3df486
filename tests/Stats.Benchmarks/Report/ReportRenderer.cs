using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace Stats.Benchmarks.Report;

/// <summary>
/// Writes RESULTS.md from the sections' templates and last results: a header describing the machine and the date, then
/// one section per issue (title, when and how it was measured, the command that reruns it, its prose with the
/// placeholders <c>{{table:NAME}}</c> and <c>{{NAME}}</c> filled from its results). Nothing is measured here.
/// </summary>
internal static partial class ReportRenderer
{
    public static string Render(string headerTemplate, IReadOnlyList<SectionPage> sections, DateTimeOffset generated)
    {
        var text = new StringBuilder();
        var measured = sections.Where(s => s.Result is not null).Select(s => s.Result!).ToList();
        var latest = measured.OrderByDescending(r => r.Measured).FirstOrDefault();
        var header = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["generated"] = Date(generated),
            ["machine"] = latest is null ? "_No section has been measured yet._" : MachineTable(latest.Machine),
            ["sections"] = SectionList(sections),
            ["total_minutes"] = Number(measured.Sum(r => r.ElapsedSeconds) / 60, "N0"),
            ["command"] = ReportCommandLine.Prefix,
        };
        text.Append(Fill(headerTemplate, header, new Dictionary<string, string>(), "the report header").TrimEnd()).Append("\n\n");
        foreach (var section in sections)
        {
            text.Append(RenderSection(section, latest?.Machine).TrimEnd()).Append("\n\n");
        }

        return text.ToString().TrimEnd() + "\n";
    }

    public static string RenderSection(SectionPage section, MachineInfo? headerMachine)
    {
        var text = new StringBuilder();
        text.Append("## ").Append(section.Title).Append("\n\n");
        if (section.Result is not { } result)
        {
            text.Append("**Not measured yet**: there are no stored results for this section (`")
                .Append(ResultStore.FileName(section.Id))
                .Append("` is missing next to RESULTS.md). Measure it and regenerate this file with:\n\n```bash\n")
                .Append(section.RerunCommand).Append("\n```\n");
            return text.ToString();
        }

        if (!string.Equals(result.Section, section.Id, StringComparison.Ordinal))
        {
            throw new InvalidOperationException($"The results stored for section '{section.Id}' are those of '{result.Section}'.");
        }

        text.Append(RunLine(result, headerMachine)).Append("\n\n");
        text.Append("Rerun just this section (and regenerate this file):\n\n```bash\n").Append(section.RerunCommand).Append("\n```\n\n");
        var tables = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var timing in result.Timings)
        {
            tables[timing.Name] = TimingMarkdown(timing);
        }

        foreach (var table in result.Tables)
        {
            tables[table.Name] = PlainMarkdown(table);
        }

        text.Append(Fill(section.Template, result.Figures, tables, $"section '{section.Id}'"));
        return text.ToString();
    }

    /// <summary>A timing table: Method | [group] | Mean | StdDev | Ratio | [throughput] | [own columns] | [Allocated].</summary>
    public static string TimingMarkdown(TimingTable table)
    {
        var header = new List<string> { "Method" };
        var align = new List<char> { 'l' };
        if (table.GroupHeader is { } g)
        {
            header.Add(g);
            align.Add('r');
        }

        header.AddRange(["Mean", "StdDev", "Ratio"]);
        align.AddRange(['r', 'r', 'r']);
        if (table.ThroughputHeader is { } t)
        {
            header.Add(t);
            align.Add('r');
        }

        header.AddRange(table.Columns);
        align.AddRange(table.Columns.Select(_ => 'r'));
        if (table.Allocation)
        {
            header.Add("Allocated (managed)");
            align.Add('r');
        }

        var rows = new List<IReadOnlyList<string>>();
        foreach (var c in table.Cases)
        {
            var row = new List<string> { c.Method };
            if (table.GroupHeader is not null)
            {
                row.Add(c.Group ?? "");
            }

            var unit = TimeUnit.For(c.MeanSeconds);
            row.Add(unit.Format(c.MeanSeconds));
            row.Add(unit.Format(c.StdDevSeconds));
            row.Add(RatioText(table, c));
            if (table.ThroughputHeader is not null)
            {
                row.Add(c.Units is { } u && c.MeanSeconds > 0 ? Number(u / c.MeanSeconds, "N0") : "-");
            }

            row.AddRange(table.Columns.Select(col => c.Values.TryGetValue(col, out var v) ? v : "-"));
            if (table.Allocation)
            {
                row.Add(c.AllocatedBytes is { } b ? Bytes(b) : "-");
            }

            rows.Add(row);
        }

        return Markdown(header, new string(align.ToArray()), rows);
    }

    /// <summary>Mean of the case over the mean of its group's reference (1.00 for the reference itself); "-" without a reference.</summary>
    public static double? Ratio(TimingTable table, TimedCase c)
    {
        var reference = table.Cases.FirstOrDefault(r => r.Reference && string.Equals(r.Group, c.Group, StringComparison.Ordinal));
        return reference is null || reference.MeanSeconds <= 0 ? null : c.MeanSeconds / reference.MeanSeconds;
    }

    public static string PlainMarkdown(PlainTable table) => Markdown(table.Columns, table.Align, table.Rows);

    private static string RatioText(TimingTable table, TimedCase c) => Ratio(table, c) switch
    {
        null => "-",
        var r when c.Reference => Number(r.Value, "N2"),
        var r => "**" + Number(r.Value, r.Value >= 100 ? "N0" : "N2") + "**",
    };

    private static string Markdown(IReadOnlyList<string> header, string align, IReadOnlyList<IReadOnlyList<string>> rows)
    {
        var text = new StringBuilder();
        text.Append("| ").Append(string.Join(" | ", header.Select(Cell))).Append(" |\n|");
        for (var i = 0; i < header.Count; i++)
        {
            text.Append(i < align.Length && align[i] == 'r' ? "---:|" : "---|");
        }

        text.Append('\n');
        foreach (var row in rows)
        {
            text.Append("| ").Append(string.Join(" | ", row.Select(Cell))).Append(" |\n");
        }

        return text.ToString().TrimEnd('\n');
    }

    private static string Cell(string value) => value.Replace("|", "\\|", StringComparison.Ordinal).ReplaceLineEndings(" ");

    private static string Fill(string template, IReadOnlyDictionary<string, string> figures, IReadOnlyDictionary<string, string> tables, string where) =>
        Placeholder().Replace(template, m =>
        {
            var key = m.Groups[1].Value;
            if (key.StartsWith("table:", StringComparison.Ordinal))
            {
                return tables.TryGetValue(key["table:".Length..], out var table)
                    ? table
                    : $"**[missing: table `{key["table:".Length..]}` is not in the stored results of {where}; rerun the section]**";
            }

            return figures.TryGetValue(key, out var value)
                ? value
                : $"**[missing: figure `{key}` is not in the stored results of {where}; rerun the section]**";
        });

    private static string RunLine(SectionResult result, MachineInfo? headerMachine)
    {
        var line = new StringBuilder();
        line.Append(result.Quick ? "**Quick smoke run (`report --quick`): few iterations and smaller data — not for comparison.** " : "")
            .Append("Measured ").Append(Date(result.Measured))
            .Append(result.Commit is { } commit ? $" at commit `{commit}`" : "")
            .Append(string.Create(CultureInfo.InvariantCulture, $" in {result.ElapsedSeconds / 60:N1} min"));
        if (headerMachine is not null && result.Machine != headerMachine)
        {
            line.Append(", on another machine than the header's: ").Append(result.Machine.Summary);
        }

        line.Append('.');
        foreach (var note in result.Notes)
        {
            line.Append(' ').Append(note.TrimEnd('.')).Append('.');
        }

        return "_" + line.ToString().Replace("_", "\\_", StringComparison.Ordinal) + "_";
    }

    private static string MachineTable(MachineInfo m)
    {
        var cores = m.PhysicalCores is { } p
            ? string.Create(CultureInfo.InvariantCulture, $"{m.LogicalCores} logical, {p} physical")
            : string.Create(CultureInfo.InvariantCulture, $"{m.LogicalCores} logical");
        var rows = new List<IReadOnlyList<string>>
        {
            new[] { "CPU", m.Cpu },
            new[] { "Cores", cores },
            new[] { "Memory", m.MemoryGiB is { } g ? Number(g, "N1") + " GiB" : "unknown" },
            new[] { "OS", m.Os },
            new[] { ".NET runtime", m.Runtime },
            new[] { "DuckDB", m.DuckDb },
            new[] { "BenchmarkDotNet", m.BenchmarkDotNet + ", in-process toolchain" },
            new[] { "Build", m.Configuration },
        };
        return Markdown(["", ""], "ll", rows);
    }

    private static string SectionList(IReadOnlyList<SectionPage> sections) => string.Join("\n", sections.Select(s =>
        s.Result is { } r
            ? $"- **{s.Title}** (`--only {s.Id}`): measured {Date(r.Measured)}{(r.Quick ? " (quick smoke run)" : "")}"
            : $"- **{s.Title}** (`--only {s.Id}`): not measured yet"));

    private static string Date(DateTimeOffset date) => date.ToUniversalTime().ToString("yyyy-MM-dd HH:mm 'UTC'", CultureInfo.InvariantCulture);

    private static string Number(double value, string format) => value.ToString(format, CultureInfo.InvariantCulture);

    private static string Bytes(long bytes) => bytes switch
    {
        < 1024 => Number(bytes, "N0") + " B",
        < 1024 * 1024 => Number(bytes / 1024.0, "N1") + " KB",
        < 1024L * 1024 * 1024 => Number(bytes / 1048576.0, "N1") + " MB",
        _ => Number(bytes / 1073741824.0, "N2") + " GB",
    };

    [GeneratedRegex(@"\{\{([A-Za-z0-9_.:\-]+)\}\}")]
    private static partial Regex Placeholder();
}
