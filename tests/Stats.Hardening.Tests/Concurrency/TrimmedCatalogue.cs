using System.Text.Json.Nodes;

namespace Stats.Hardening.Tests.Concurrency;

/// <summary>
/// A copy of the shipped sql folder whose indicator catalogue holds V04 only, with three of its tables (the total by month,
/// quarter and year, by sex per quarter and year, by age group per year): a publish then builds one small cube instead of
/// 30 and takes about a second on this small warehouse, so twenty publishes fit the CI time limit. Everything else
/// (migrations, models, data tests, seeds, disclosure control, the snapshot and the served sets) is the shipped one.
/// </summary>
internal static class TrimmedCatalogue
{
    public static string Copy(string target)
    {
        var source = Path.Combine(AppContext.BaseDirectory, "sql");
        foreach (var file in Directory.EnumerateFiles(source, "*", SearchOption.AllDirectories))
        {
            var relative = Path.GetRelativePath(source, file);
            var inIndicators = relative.StartsWith("indicators" + Path.DirectorySeparatorChar, StringComparison.Ordinal);
            var name = Path.GetFileName(file);
            if (inIndicators && !name.StartsWith("V04.", StringComparison.Ordinal) && name is not ("dimensions.json" or "README.md"))
            {
                continue;
            }

            var destination = Path.Combine(target, relative);
            Directory.CreateDirectory(Path.GetDirectoryName(destination)!);
            File.Copy(file, destination);
        }

        var definition = Path.Combine(target, "indicators", "V04.json");
        var v04 = JsonNode.Parse(File.ReadAllText(definition))!.AsObject();
        v04["tables"] = JsonNode.Parse("""
            [{"by": [], "frequencies": ["A", "Q", "M"]}, {"by": ["sex"], "frequencies": ["A", "Q"]}, {"by": ["age_group"], "frequencies": ["A"]}]
            """);
        File.WriteAllText(definition, v04.ToJsonString());

        return target;
    }
}
