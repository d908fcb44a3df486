using System.Text.Json;

namespace Stats.Etl.Tests.Synthetic;

/// <summary>Files of the repository the tests check against: the shipped contracts and code-list seeds.</summary>
internal static class RepoFiles
{
    public static string Root { get; } = FindRoot();

    public static JsonElement Contract(string id)
    {
        using var document = JsonDocument.Parse(File.ReadAllText(Path.Combine(Root, "etl", "contracts", id + ".json")));
        return document.RootElement.Clone();
    }

    /// <summary>First column of a seed CSV (the code), header skipped.</summary>
    public static HashSet<string> SeedCodes(string seed) =>
        [.. File.ReadLines(Path.Combine(Root, "sql", "seeds", seed + ".csv")).Skip(1).Select(l => l.Split(',')[0])];

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (Directory.Exists(Path.Combine(dir.FullName, "etl", "contracts")) && Directory.Exists(Path.Combine(dir.FullName, "sql", "seeds")))
            {
                return dir.FullName;
            }
        }

        throw new DirectoryNotFoundException("Repository root (with etl/contracts and sql/seeds) not found above the test binaries.");
    }
}
