using Stats.Benchmarks.Report;
using Xunit.Abstractions;

namespace Stats.Hardening.Tests.Benchmarks;

/// <summary>Issue 10, item 6: RESULTS.md as the report renders it from stored section results (canned here; nothing is measured).</summary>
public sealed class ReportRendererTests(ITestOutputHelper output)
{
    [Fact]
    public void A_timing_table_has_mean_stddev_ratio_against_its_reference_throughput_and_allocation()
    {
        var markdown = ReportRenderer.TimingMarkdown(CannedResults.Intake());
        output.WriteLine(markdown);

        var lines = markdown.Split('\n');
        lines.Should().HaveCount(4);
        lines[0].Should().Be("| Method | Rows | Mean | StdDev | Ratio | Rows/s | Allocated (managed) |");
        lines[1].Should().Be("|---|---:|---:|---:|---:|---:|---:|");
        lines[2].Should().Be("| DuckDB read_csv → staging (reference) | 1,000,000 | 1.500 s | 0.092 s | 1.00 | 666,667 | 17.0 KB |");
        lines[3].Should().Be("| Intake (contract checks, quarantine, staging) | 1,000,000 | 2.400 s | 0.018 s | **1.60** | 416,667 | 2.2 MB |");
    }

    [Fact]
    public void Ratios_are_taken_within_each_group_against_that_groups_reference_and_read_dash_without_one()
    {
        var table = new TimingTable
        {
            Name = "mse",
            GroupHeader = "Lists",
            Cases =
            [
                new TimedCase { Method = "Fit (reference)", Group = "6", Reference = true, MeanSeconds = 0.000_2, StdDevSeconds = 0.000_01 },
                new TimedCase { Method = "Estimate", Group = "6", MeanSeconds = 0.005, StdDevSeconds = 0.000_1 },
                new TimedCase { Method = "Fit (reference)", Group = "10", Reference = true, MeanSeconds = 0.004, StdDevSeconds = 0.000_2 },
                new TimedCase { Method = "Estimate", Group = "10", MeanSeconds = 1.2, StdDevSeconds = 0.05 },
                new TimedCase { Method = "Alone", Group = "12", MeanSeconds = 3, StdDevSeconds = 0.1 },
            ],
        };

        var ratios = table.Cases.Select(c => ReportRenderer.Ratio(table, c)).ToList();
        var markdown = ReportRenderer.TimingMarkdown(table);
        output.WriteLine(markdown);

        ratios.Should().HaveCount(5);
        ratios[0].Should().Be(1);
        ratios[1].Should().BeApproximately(25, 1e-9);
        ratios[2].Should().Be(1);
        ratios[3].Should().BeApproximately(300, 1e-9);
        ratios[4].Should().BeNull();
        markdown.Should().Contain("| Estimate | 6 | 5.000 ms | 0.100 ms | **25.00** |")
            .And.Contain("| Fit (reference) | 10 | 4.000 ms | 0.200 ms | 1.00 |")
            .And.Contain("| Estimate | 10 | 1.200 s | 0.050 s | **300** |")
            .And.Contain("| Alone | 12 | 3.000 s | 0.100 s | - |")
            .And.Contain("| Fit (reference) | 6 | 200.0 μs | 10.00 μs | 1.00 |");
    }

    [Fact]
    public void The_header_describes_the_machine_and_date_and_each_section_its_run_rerun_command_and_figures()
    {
        var pages = new[] { new SectionPage("intake", "Issue 2: intake", CannedResults.Template, CannedResults.Section("intake")) };

        var markdown = ReportRenderer.Render(CannedResults.Header, pages, new DateTimeOffset(2026, 11, 24, 8, 30, 0, TimeSpan.Zero));
        output.WriteLine(markdown);

        markdown.Should().StartWith("# Benchmark results\n\nGenerated 2026-11-24 08:30 UTC.");
        foreach (var expected in new[]
        {
            "| CPU | AMD EPYC 7B13 64-Core Processor |", "| Cores | 2 logical, 2 physical |", "| Memory | 23.5 GiB |",
            "| OS | Debian GNU/Linux 13 (trixie) (Linux 6.1.0, X64) |", "| .NET runtime | .NET 10.0.0 |",
            "| DuckDB | v1.5.6 (DuckDB.NET.Data 1.5.6.1) |", "| BenchmarkDotNet | 0.15.8, in-process toolchain |", "| Build | Release |",
            "- **Issue 2: intake** (`--only intake`): measured 2026-11-23 21:05 UTC",
            "## Issue 2: intake",
            "_Measured 2026-11-23 21:05 UTC at commit `abc1234` in 2.5 min. While it ran, other processes used 12 % of the 2 cores",
            "dotnet run -c Release --project tests/Stats.Benchmarks -- report --only intake",
            "Intake runs at 63 % of DuckDB's speed.",
            "| Intake (contract checks, quarantine, staging) | 1,000,000 | 2.400 s | 0.018 s | **1.60** |",
            "| Rows | Peak RSS (MB) |\n|---:|---:|\n| 250,000 | 380 |\n| 1,000,000 | 658 |",
        })
        {
            markdown.Should().Contain(expected);
        }

        markdown.Should().NotContain("{{").And.NotContain("missing");
    }

    [Fact]
    public void A_section_without_stored_results_says_so_and_how_to_measure_it()
    {
        var pages = new[]
        {
            new SectionPage("intake", "Issue 2: intake", CannedResults.Template, CannedResults.Section("intake")),
            new SectionPage("mse", "Issue 9: multiple systems estimation", "{{table:mse}}", null),
        };

        var markdown = ReportRenderer.Render(CannedResults.Header, pages, CannedResults.Measured);
        output.WriteLine(markdown);

        markdown.Should().Contain("- **Issue 9: multiple systems estimation** (`--only mse`): not measured yet");
        markdown.Should().Contain("## Issue 9: multiple systems estimation\n\n**Not measured yet**: there are no stored results for this section (`RESULTS.mse.json` is missing next to RESULTS.md)");
        markdown.Should().Contain("```bash\ndotnet run -c Release --project tests/Stats.Benchmarks -- report --only mse\n```");
        markdown.Should().NotContain("{{table:mse}}");
    }

    [Fact]
    public void A_placeholder_the_stored_results_lack_is_marked_missing_rather_than_left_or_dropped()
    {
        var page = new SectionPage("intake", "Issue 2: intake", "{{table:profile}} and {{build_mean_s}} s", CannedResults.Section("intake"));

        var markdown = ReportRenderer.RenderSection(page, CannedResults.Machine());
        output.WriteLine(markdown);

        markdown.Should().Contain("**[missing: table `profile` is not in the stored results of section 'intake'; rerun the section]**")
            .And.Contain("**[missing: figure `build_mean_s` is not in the stored results of section 'intake'; rerun the section]**");
    }

    [Fact]
    public void A_quick_run_and_a_run_on_another_machine_are_flagged_in_their_section()
    {
        var header = CannedResults.Machine();
        var other = new SectionPage("intake", "Issue 2: intake", CannedResults.Template,
            CannedResults.Section("intake", CannedResults.Machine("Intel Xeon"), quick: true) with { Measured = CannedResults.Measured.AddDays(-1) });

        var markdown = ReportRenderer.RenderSection(other, header);
        output.WriteLine(markdown);

        markdown.Should().Contain("**Quick smoke run (`report --quick`): few iterations and smaller data — not for comparison.**")
            .And.Contain("on another machine than the header's: Intel Xeon, 2 cores, 24 GiB, .NET 10.0.0, DuckDB v1.5.6 (DuckDB.NET.Data 1.5.6.1), Release");
    }

    [Fact]
    public void Stored_results_render_the_same_after_a_round_trip_through_their_json_file()
    {
        var result = CannedResults.Section("intake");
        var page = new SectionPage("intake", "Issue 2: intake", CannedResults.Template, result);

        var json = ResultStore.Serialize(result);
        var reread = page with { Result = ResultStore.Parse(json) };
        output.WriteLine(json);

        ReportRenderer.RenderSection(reread, CannedResults.Machine()).Should().Be(ReportRenderer.RenderSection(page, CannedResults.Machine()));
    }

    [Fact]
    public void Results_stored_for_another_section_are_refused()
    {
        var page = new SectionPage("pack", "Issue 6: pack", CannedResults.Template, CannedResults.Section("intake"));

        var render = () => ReportRenderer.RenderSection(page, CannedResults.Machine());

        render.Should().Throw<InvalidOperationException>().WithMessage("*'pack'*'intake'*");
    }
}
