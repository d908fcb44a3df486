using System.Diagnostics;

namespace Stats.Benchmarks.Report;

/// <summary>The commit the measured code was built from, as `git describe` would say it; null where git is not available.</summary>
internal static class GitCommit
{
    public static string? Describe(string folder)
    {
        var head = Git(folder, "rev-parse", "--short", "HEAD");
        if (head is null)
        {
            return null;
        }

        // Changes to the results files are the report's own output; any other change means the code differs from the commit.
        var changes = (Git(folder, "status", "--porcelain", "--", "../..") ?? "")
            .Split('\n', StringSplitOptions.RemoveEmptyEntries)
            .Where(l => !l.Contains("RESULTS", StringComparison.Ordinal) && !l.Contains("BenchmarkDotNet.Artifacts", StringComparison.Ordinal));
        return changes.Any() ? head + " with uncommitted changes" : head;
    }

    private static string? Git(string folder, params string[] args)
    {
        try
        {
            var start = new ProcessStartInfo("git") { RedirectStandardOutput = true, RedirectStandardError = true, WorkingDirectory = folder };
            foreach (var a in args)
            {
                start.ArgumentList.Add(a);
            }

            using var git = Process.Start(start)!;
            var output = git.StandardOutput.ReadToEnd();
            git.WaitForExit();
            return git.ExitCode == 0 ? output.Trim() : null;
        }
        catch (System.ComponentModel.Win32Exception)
        {
            return null;
        }
    }
}
